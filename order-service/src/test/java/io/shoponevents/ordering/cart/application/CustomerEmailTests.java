package io.shoponevents.ordering.cart.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shoponevents.runtime.domain.InvalidInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CustomerEmailTests {

    @Test
    void anEmailTheContractRefusesIsInvalidInputNamingEmail() {
        assertThatThrownBy(() -> new CustomerEmail("ada@example.invalidtld"))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.fields()).containsExactly("email"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ada@example.com", "ada.lovelace+shop@mail.example.co.uk"})
    void anEmailWithAKnownDomainIsAccepted(String address) {
        assertThat(new CustomerEmail(address).address()).isEqualTo(address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-an-email", "ada@@example.com", "ada@example.com."})
    void anAddressThatIsNoEmailIsInvalidInput(String address) {
        assertThatThrownBy(() -> new CustomerEmail(address)).isInstanceOf(InvalidInput.class);
    }
}
