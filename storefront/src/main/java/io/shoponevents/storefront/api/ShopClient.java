package io.shoponevents.storefront.api;

import io.shoponevents.storefront.StorefrontProperties;
import io.shoponevents.storefront.api.Api.Address;
import io.shoponevents.storefront.api.Api.Cart;
import io.shoponevents.storefront.api.Api.Money;
import io.shoponevents.storefront.api.Api.Notification;
import io.shoponevents.storefront.api.Api.Order;
import io.shoponevents.storefront.api.Api.ServiceJourney;
import io.shoponevents.storefront.api.Api.Shipment;
import io.shoponevents.storefront.api.Api.Stock;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The four services' public REST APIs, and nothing else: every page is made of these calls. A refusal becomes a
 * {@link ServiceProblem} carrying the service's own words.
 */
@Component
public class ShopClient {

    private final Service order;
    private final Service inventory;
    private final Service shipping;
    private final Service notification;

    public ShopClient(StorefrontProperties properties) {
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(properties.timeout());
        requests.setReadTimeout(properties.timeout());
        StorefrontProperties.Services services = properties.services();
        this.order = new Service("order-service", services.order(), requests);
        this.inventory = new Service("inventory-service", services.inventory(), requests);
        this.shipping = new Service("shipping-service", services.shipping(), requests);
        this.notification = new Service("notification-service", services.notification(), requests);
    }

    public List<Stock> stock() {
        return inventory.call(
                api -> api.get().uri("/api/stock").retrieve().body(new ParameterizedTypeReference<>() {}));
    }

    public Cart createCart(String customerId) {
        return order.call(api -> api.post()
                .uri("/api/carts")
                .body(Map.of("customerId", customerId))
                .retrieve()
                .body(Cart.class));
    }

    public Cart cart(String cartId) {
        return order.call(
                api -> api.get().uri("/api/carts/{id}", cartId).retrieve().body(Cart.class));
    }

    public Cart addItem(String cartId, String sku, int quantity, Money unitPrice) {
        return order.call(api -> api.post()
                .uri("/api/carts/{id}/items", cartId)
                .body(Map.of("sku", sku, "quantity", quantity, "unitPrice", unitPrice))
                .retrieve()
                .body(Cart.class));
    }

    public Cart removeItem(String cartId, String sku) {
        return order.call(api -> api.delete()
                .uri("/api/carts/{id}/items/{sku}", cartId, sku)
                .retrieve()
                .body(Cart.class));
    }

    public Order checkout(String cartId, String email, Address address) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("email", email);
        body.put("shippingAddress", address);
        return order.call(api -> api.post()
                .uri("/api/carts/{id}/checkout", cartId)
                .body(body)
                .retrieve()
                .body(Order.class));
    }

    public Order order(String orderId) {
        return order.call(
                api -> api.get().uri("/api/orders/{id}", orderId).retrieve().body(Order.class));
    }

    public List<Order> ordersOf(String customerId) {
        return order.call(api -> api.get()
                .uri(uri -> uri.path("/api/orders")
                        .queryParam("customerId", customerId)
                        .build())
                .retrieve()
                .body(new ParameterizedTypeReference<>() {}));
    }

    public Order cancel(String orderId) {
        return order.call(api ->
                api.post().uri("/api/orders/{id}/cancel", orderId).retrieve().body(Order.class));
    }

    public List<Shipment> shipments(String orderId) {
        return shipping.call(api -> api.get()
                .uri(uri -> uri.path("/api/shipments")
                        .queryParam("orderId", orderId)
                        .build())
                .retrieve()
                .body(new ParameterizedTypeReference<>() {}));
    }

    /** @param step {@code dispatch} or {@code deliver} */
    public Shipment advanceShipment(String shipmentId, String step) {
        return shipping.call(api -> api.post()
                .uri("/api/shipments/{id}/{step}", shipmentId, step)
                .retrieve()
                .body(Shipment.class));
    }

    public List<Notification> notifications(String orderId) {
        return notification.call(api -> api.get()
                .uri(uri -> uri.path("/api/notifications")
                        .queryParam("orderId", orderId)
                        .build())
                .retrieve()
                .body(new ParameterizedTypeReference<>() {}));
    }

    /**
     * Each service's journey of {@code correlationId}. A service that does not answer is left out and named in
     * {@code unreachable}, so the page shows what the others know.
     */
    public List<ServiceJourney> journeys(String correlationId, List<String> unreachable) {
        List<ServiceJourney> journeys = new ArrayList<>();
        for (Service service : List.of(order, inventory, shipping, notification)) {
            try {
                journeys.add(service.call(api -> api.get()
                        .uri("/api/journeys/{id}", correlationId)
                        .retrieve()
                        .body(ServiceJourney.class)));
            } catch (ServiceProblem e) {
                unreachable.add(service.name);
            }
        }
        return journeys;
    }

    private static final class Service {

        private final String name;
        private final URI baseUrl;
        private final RestClient client;

        Service(String name, URI baseUrl, SimpleClientHttpRequestFactory requests) {
            this.name = name;
            this.baseUrl = baseUrl;
            this.client = RestClient.builder()
                    .baseUrl(baseUrl)
                    .requestFactory(requests)
                    .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
                        throw problem(
                                response.getStatusCode().value(),
                                response.getBody().readAllBytes());
                    })
                    .build();
        }

        <T> T call(Function<RestClient, T> request) {
            try {
                return request.apply(client);
            } catch (ResourceAccessException e) {
                throw new ServiceProblem(
                        502, name + " is not answering at " + baseUrl + "; try again in a moment", List.of());
            }
        }

        private ServiceProblem problem(int status, byte[] body) {
            String detail = name + " answered " + status;
            List<ServiceProblem.FieldError> fields = new ArrayList<>();
            try {
                JsonNode problem = JsonMapper.shared().readTree(body);
                if (problem.path("detail").isString()) {
                    detail = problem.path("detail").stringValue();
                } else if (problem.path("title").isString()) {
                    detail = problem.path("title").stringValue();
                }
                for (JsonNode error : problem.path("errors")) {
                    fields.add(new ServiceProblem.FieldError(
                            error.path("field").asString(""),
                            error.path("message").asString("")));
                }
            } catch (RuntimeException notAProblemDocument) {
                // the status alone says it
            }
            return new ServiceProblem(status >= 500 ? 502 : status, detail, fields);
        }
    }
}
