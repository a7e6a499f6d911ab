package io.shoponevents.inventory.stock.adapter.in.web;

import static io.shoponevents.inventory.ReservationBuilder.aReservation;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.shoponevents.inventory.stock.application.ReservationService;
import io.shoponevents.runtime.web.ProblemDetailsAdvice;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(ReservationController.class)
@Import(ProblemDetailsAdvice.class)
class ReservationControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ReservationService reservations;

    @Test
    void showsAReservedOrderWithItsLinesAndNoReason() throws Exception {
        given(reservations.find("ord-1"))
                .willReturn(Optional.of(aReservation()
                        .forOrder("ord-1")
                        .line("MUG-BLUE", 2)
                        .line("TEE-M-BLACK", 1)
                        .reserved()));

        mvc.perform(get("/api/reservations/ord-1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.orderId").value("ord-1"))
                .andExpect(jsonPath("$.status").value("RESERVED"))
                .andExpect(jsonPath("$.lines[0].sku").value("MUG-BLUE"))
                .andExpect(jsonPath("$.lines[0].quantity").value(2))
                .andExpect(jsonPath("$.lines[1].sku").value("TEE-M-BLACK"))
                .andExpect(jsonPath("$.reason").doesNotExist())
                .andExpect(jsonPath("$.shortages").doesNotExist());
    }

    @Test
    void showsAFailedReservationWithItsReasonAndShortages() throws Exception {
        given(reservations.find("ord-1"))
                .willReturn(Optional.of(aReservation()
                        .forOrder("ord-1")
                        .line("MUG-BLUE", 2)
                        .line("TEE-M-BLACK", 1)
                        .failedAgainst(Map.of("MUG-BLUE", 5))));

        mvc.perform(get("/api/reservations/ord-1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("FAILED"))
                .andExpect(jsonPath("$.reason").value("Not enough stock for TEE-M-BLACK: 1 requested, 0 available"))
                .andExpect(jsonPath("$.shortages[0].sku").value("TEE-M-BLACK"))
                .andExpect(jsonPath("$.shortages[0].requested").value(1))
                .andExpect(jsonPath("$.shortages[0].available").value(0));
    }

    @Test
    void anOrderWithoutReservationIsNotFound() throws Exception {
        given(reservations.find("ord-404")).willReturn(Optional.empty());

        mvc.perform(get("/api/reservations/ord-404"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Reservation of order ord-404 does not exist"));
    }

    @Test
    void anOrderIdLongerThan64CharactersIsBadInputNamingIt() throws Exception {
        mvc.perform(get("/api/reservations/" + "o".repeat(65)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("orderId"));
    }
}
