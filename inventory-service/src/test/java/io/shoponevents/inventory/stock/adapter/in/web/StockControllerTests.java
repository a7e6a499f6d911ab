package io.shoponevents.inventory.stock.adapter.in.web;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.shoponevents.inventory.stock.application.StockService;
import io.shoponevents.inventory.stock.domain.StockLevel;
import io.shoponevents.runtime.web.ProblemDetailsAdvice;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.ResultMatcher;

@WebMvcTest(StockController.class)
@Import(ProblemDetailsAdvice.class)
class StockControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    StockService stock;

    @Test
    void setsTheAvailableStockOfASku() throws Exception {
        given(stock.setAvailable("MUG-BLUE", 12)).willReturn(new StockLevel("MUG-BLUE", 12, 3));

        putAvailable("MUG-BLUE", "{\"available\": 12}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sku").value("MUG-BLUE"))
                .andExpect(jsonPath("$.available").value(12))
                .andExpect(jsonPath("$.reserved").value(3));
    }

    @Test
    void showsTheStockOfASku() throws Exception {
        given(stock.find("MUG-BLUE")).willReturn(Optional.of(new StockLevel("MUG-BLUE", 8, 2)));

        mvc.perform(get("/api/stock/MUG-BLUE"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.available").value(8))
                .andExpect(jsonPath("$.reserved").value(2));
    }

    @Test
    void listsTheStockOfEverySku() throws Exception {
        given(stock.all()).willReturn(List.of(new StockLevel("MUG-BLUE", 8, 2), new StockLevel("TEE-M-BLACK", 0, 1)));

        mvc.perform(get("/api/stock"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[1].sku").value("TEE-M-BLACK"))
                .andExpect(jsonPath("$[1].reserved").value(1));
    }

    @Test
    void anUnknownSkuIsNotFound() throws Exception {
        given(stock.find("CAP-RED")).willReturn(Optional.empty());

        mvc.perform(get("/api/stock/CAP-RED"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.detail").value("SKU CAP-RED does not exist"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"MUG.BLUE", "MUG%20BLUE", "MUG~BLUE"})
    void aSkuWithOtherThanLettersDigitsDashesOrUnderscoresIsBadInputNamingTheSku(String sku) throws Exception {
        putAvailable(sku, "{\"available\": 1}")
                .andExpect(status().isBadRequest())
                .andExpect(namesField("sku"));
        mvc.perform(get("/api/stock/" + sku)).andExpect(status().isBadRequest()).andExpect(namesField("sku"));
        then(stock).shouldHaveNoInteractions();
    }

    @Test
    void aSkuLongerThan64CharactersIsBadInput() throws Exception {
        putAvailable("A".repeat(65), "{\"available\": 1}")
                .andExpect(status().isBadRequest())
                .andExpect(namesField("sku"));
        then(stock).shouldHaveNoInteractions();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"available\": -1}", "{\"available\": 1000001}", "{}", "{\"available\": null}"})
    void anAvailableQuantityOutsideZeroToOneMillionIsBadInputNamingIt(String body) throws Exception {
        putAvailable("MUG-BLUE", body).andExpect(status().isBadRequest()).andExpect(namesField("available"));
        then(stock).should(never()).setAvailable(anyString(), anyInt());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"available\": 2.5}", "{\"available\": \"many\"}", "{\"available\": [1]}"})
    void anAvailableQuantityThatIsNoWholeNumberIsBadInputNamingIt(String body) throws Exception {
        putAvailable("MUG-BLUE", body).andExpect(status().isBadRequest()).andExpect(namesField("available"));
        then(stock).should(never()).setAvailable(anyString(), anyInt());
    }

    @Test
    void aBadSkuAndABadQuantityAreBothNamed() throws Exception {
        putAvailable("MUG.BLUE", "{\"available\": -1}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("sku", "available")));
    }

    @Test
    void aBodyThatIsNotJsonIsBadInput() throws Exception {
        putAvailable("MUG-BLUE", "{available: ")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.status").value(400));
    }

    private ResultActions putAvailable(String sku, String body) throws Exception {
        return mvc.perform(
                put("/api/stock/" + sku).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static ResultMatcher namesField(String field) {
        return jsonPath("$.errors[*].field").value(hasItem(field));
    }
}
