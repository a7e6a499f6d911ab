package io.shoponevents.storefront.shop;

import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import java.util.UUID;

/** Who is shopping and which cart is theirs: kept in the HTTP session, nothing else is stored by the storefront. */
final class ShopSession {

    private static final String CUSTOMER = "customerId";
    private static final String CART = "cartId";

    private final HttpSession session;

    ShopSession(HttpSession session) {
        this.session = session;
    }

    String customerId() {
        Object customerId = session.getAttribute(CUSTOMER);
        if (customerId == null) {
            customerId = "web-" + UUID.randomUUID().toString().substring(0, 8);
            session.setAttribute(CUSTOMER, customerId);
        }
        return (String) customerId;
    }

    Optional<String> cartId() {
        return Optional.ofNullable((String) session.getAttribute(CART));
    }

    void useCart(String cartId) {
        session.setAttribute(CART, cartId);
    }

    void forgetCart() {
        session.removeAttribute(CART);
    }
}
