package io.shoponevents.shipping.shipment.adapter.in.web;

import static io.shoponevents.shipping.shipment.domain.ShipmentBuilder.aShipment;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.shoponevents.runtime.web.ProblemDetailsAdvice;
import io.shoponevents.shipping.shipment.application.ShipmentRepository;
import io.shoponevents.shipping.shipment.application.ShipmentService;
import io.shoponevents.shipping.shipment.domain.Shipment;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The REST contract of shipments: JSON fields, and problem details for 400, 404 and 409. */
@WebMvcTest(ShipmentController.class)
@Import({ShipmentService.class, ProblemDetailsAdvice.class})
class ShipmentControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ShipmentRepository shipments;

    @Test
    void showsAShipmentWithItsItemsAndAddress() throws Exception {
        Shipment shipment =
                aShipment().withId("shp-1").forOrder("ord-1").dispatched().build();
        given(shipments.find("shp-1")).willReturn(Optional.of(shipment));

        mvc.perform(get("/api/shipments/shp-1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.shipmentId").value("shp-1"))
                .andExpect(jsonPath("$.orderId").value("ord-1"))
                .andExpect(jsonPath("$.status").value("DISPATCHED"))
                .andExpect(jsonPath("$.items[0].sku").value("MUG-BLUE"))
                .andExpect(jsonPath("$.items[0].quantity").value(2))
                .andExpect(jsonPath("$.shippingAddress.city").value("London"))
                .andExpect(jsonPath("$.createdAt").value("2026-11-22T10:15:40Z"))
                .andExpect(jsonPath("$.dispatchedAt").value("2026-11-22T14:02:11Z"))
                .andExpect(jsonPath("$.deliveredAt").doesNotExist());
    }

    @Test
    void unknownShipmentIs404() throws Exception {
        given(shipments.find("nope")).willReturn(Optional.empty());

        mvc.perform(get("/api/shipments/nope"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.detail").value(containsString("nope")));
    }

    @Test
    void listingWithoutOrderIdIs400NamingTheParameter() throws Exception {
        mvc.perform(get("/api/shipments"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("orderId")));
    }

    @Test
    void dispatchingADispatchedShipmentIs409AndWritesNothing() throws Exception {
        given(shipments.find("shp-2"))
                .willReturn(Optional.of(aShipment().withId("shp-2").dispatched().build()));

        mvc.perform(post("/api/shipments/shp-2/dispatch"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("is DISPATCHED")));
        verify(shipments, never()).save(any());
    }

    @Test
    void deliveringAnUndispatchedShipmentIs409() throws Exception {
        given(shipments.find("shp-3"))
                .willReturn(Optional.of(aShipment().withId("shp-3").build()));

        mvc.perform(post("/api/shipments/shp-3/deliver")).andExpect(status().isConflict());
        verify(shipments, never()).save(any());
    }

    @Test
    void dispatchingAnUnknownShipmentIs404() throws Exception {
        given(shipments.find("nope")).willReturn(Optional.empty());

        mvc.perform(post("/api/shipments/nope/dispatch")).andExpect(status().isNotFound());
    }

    @TestConfiguration
    static class Support {

        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }
    }
}
