package io.shoponevents.storefront.order;

import io.shoponevents.storefront.api.Api.Shipment;
import io.shoponevents.storefront.api.ServiceProblem;
import io.shoponevents.storefront.api.ShopClient;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The order page: status, items, total, history, the journey live, and the buttons a customer (cancel), a warehouse
 * (dispatch) and a carrier (deliver) would press. The page polls {@code /orders/{id}/journey} once a second and swaps in
 * the journey it renders, until the order is settled.
 */
@Controller
class OrderController {

    private final OrderPages pages;
    private final ShopClient shop;
    private final TemplateEngine templates;

    OrderController(OrderPages pages, ShopClient shop, TemplateEngine templates) {
        this.pages = pages;
        this.shop = shop;
        this.templates = templates;
    }

    @GetMapping("/orders/{orderId}")
    String order(@PathVariable String orderId, Model model, HttpServletRequest request) {
        model.addAttribute("page", pages.load(orderId));
        model.addAttribute("base", request.getContextPath());
        return "order";
    }

    /** The order's status and its journey rendered as on the page, for the page's polling script. */
    @GetMapping(value = "/orders/{orderId}/journey", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Object> journey(@PathVariable String orderId, HttpServletRequest request) {
        OrderPage page = pages.load(orderId);
        Context context = new Context();
        context.setVariable("page", page);
        context.setVariable("base", request.getContextPath());
        String html = templates.process("order", Set.of("live"), context);
        return Map.of(
                "status", page.order().status(),
                "settled", page.settled(),
                "events", page.journey().steps().size(),
                "html", html);
    }

    @PostMapping("/orders/{orderId}/cancel")
    String cancel(@PathVariable String orderId, RedirectAttributes redirect) {
        act(redirect, "Cancelled", () -> shop.cancel(orderId));
        return "redirect:/orders/" + orderId;
    }

    @PostMapping("/orders/{orderId}/dispatch")
    String dispatch(@PathVariable String orderId, RedirectAttributes redirect) {
        return advance(orderId, "CREATED", "dispatch", "Dispatched", redirect);
    }

    @PostMapping("/orders/{orderId}/deliver")
    String deliver(@PathVariable String orderId, RedirectAttributes redirect) {
        return advance(orderId, "DISPATCHED", "deliver", "Delivered", redirect);
    }

    private String advance(String orderId, String from, String step, String done, RedirectAttributes redirect) {
        act(redirect, done + " the shipment", () -> {
            Shipment shipment = shop.shipments(orderId).stream()
                    .filter(candidate -> from.equals(candidate.status()))
                    .findFirst()
                    .orElseThrow(() -> new ServiceProblem(
                            409, "This order has no shipment in status " + from + " to " + step, List.of()));
            shop.advanceShipment(shipment.shipmentId(), step);
        });
        return "redirect:/orders/" + orderId;
    }

    private static void act(RedirectAttributes redirect, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("message", done);
        } catch (ServiceProblem problem) {
            redirect.addFlashAttribute("problem", problem.getMessage());
        }
    }
}
