package io.shoponevents.storefront.shop;

import io.shoponevents.storefront.StorefrontProperties;
import io.shoponevents.storefront.api.Api.Cart;
import io.shoponevents.storefront.api.Api.Money;
import io.shoponevents.storefront.api.Api.Order;
import io.shoponevents.storefront.api.ServiceProblem;
import io.shoponevents.storefront.api.ShopClient;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The products, the cart and the checkout. A refusal by a service is shown on the page the customer is on. */
@Controller
class ShopController {

    private static final String CART_STATUS_OPEN = "OPEN";

    private final ShopClient shop;
    private final StorefrontProperties properties;

    ShopController(ShopClient shop, StorefrontProperties properties) {
        this.shop = shop;
        this.properties = properties;
    }

    @GetMapping("/")
    String products(Model model) {
        List<Product> products = shop.stock().stream()
                .sorted(Comparator.comparing(stock -> stock.sku()))
                .map(stock -> new Product(
                        stock.sku(),
                        stock.available(),
                        stock.reserved(),
                        properties.priceOf(stock.sku()),
                        properties.currency()))
                .toList();
        model.addAttribute("products", products);
        return "products";
    }

    @PostMapping("/cart/items")
    String add(
            @RequestParam String sku,
            @RequestParam(defaultValue = "1") String quantity,
            HttpSession httpSession,
            RedirectAttributes redirect) {
        ShopSession session = new ShopSession(httpSession);
        int amount;
        try {
            amount = Integer.parseInt(quantity.strip());
        } catch (NumberFormatException e) {
            redirect.addFlashAttribute("problem", "Quantity of " + sku + ": “" + quantity + "” is not a whole number");
            return "redirect:/";
        }
        try {
            Cart cart = openCart(session);
            shop.addItem(cart.cartId(), sku, amount, new Money(properties.priceOf(sku), properties.currency()));
            redirect.addFlashAttribute("message", "Added " + amount + " × " + sku + " to your cart");
        } catch (ServiceProblem problem) {
            redirect.addFlashAttribute("problem", sku + ": " + describe(problem));
        }
        return "redirect:/";
    }

    @GetMapping("/cart")
    String cart(HttpSession httpSession, Model model) {
        ShopSession session = new ShopSession(httpSession);
        model.addAttribute("cart", currentCart(session).orElse(null));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", CheckoutForm.empty());
        }
        model.addAttribute("orders", shop.ordersOf(session.customerId()));
        return "cart";
    }

    @PostMapping("/cart/items/{sku}/remove")
    String remove(@PathVariable String sku, HttpSession httpSession, RedirectAttributes redirect) {
        ShopSession session = new ShopSession(httpSession);
        session.cartId().ifPresent(cartId -> {
            try {
                shop.removeItem(cartId, sku);
                redirect.addFlashAttribute("message", "Removed " + sku + " from your cart");
            } catch (ServiceProblem problem) {
                redirect.addFlashAttribute("problem", describe(problem));
            }
        });
        return "redirect:/cart";
    }

    @PostMapping("/checkout")
    String checkout(
            @ModelAttribute("form") CheckoutForm form,
            HttpSession httpSession,
            Model model,
            HttpServletResponse response) {
        ShopSession session = new ShopSession(httpSession);
        Optional<String> cartId = session.cartId();
        if (cartId.isEmpty()) {
            return "redirect:/cart";
        }
        try {
            Order order = shop.checkout(cartId.get(), form.trimmedEmail(), form.address());
            session.forgetCart();
            return "redirect:/orders/" + order.orderId();
        } catch (ServiceProblem problem) {
            response.setStatus(problem.status());
            model.addAttribute("problem", describe(problem));
            model.addAttribute("fieldErrors", FieldErrors.of(problem));
            return cart(httpSession, model);
        }
    }

    private Cart openCart(ShopSession session) {
        return currentCart(session)
                .filter(cart -> CART_STATUS_OPEN.equals(cart.status()))
                .orElseGet(() -> {
                    Cart cart = shop.createCart(session.customerId());
                    session.useCart(cart.cartId());
                    return cart;
                });
    }

    private Optional<Cart> currentCart(ShopSession session) {
        return session.cartId().flatMap(cartId -> {
            try {
                return Optional.of(shop.cart(cartId));
            } catch (ServiceProblem problem) {
                if (problem.isNotFound()) {
                    session.forgetCart();
                    return Optional.empty();
                }
                throw problem;
            }
        });
    }

    static String describe(ServiceProblem problem) {
        if (problem.fieldErrors().isEmpty()) {
            return problem.getMessage();
        }
        StringBuilder text = new StringBuilder(problem.getMessage()).append(":");
        problem.fieldErrors()
                .forEach(error -> text.append(' ')
                        .append(error.field())
                        .append(' ')
                        .append(error.message())
                        .append(';'));
        return text.substring(0, text.length() - 1);
    }
}
