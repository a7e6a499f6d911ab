package io.shoponevents.events;

import static io.shoponevents.events.ServiceName.INVENTORY;
import static io.shoponevents.events.ServiceName.NOTIFICATION;
import static io.shoponevents.events.ServiceName.ORDER;
import static io.shoponevents.events.ServiceName.SHIPPING;

import io.shoponevents.events.data.CartItemAdded;
import io.shoponevents.events.data.CartItemRemoved;
import io.shoponevents.events.data.OrderCancelled;
import io.shoponevents.events.data.OrderConfirmed;
import io.shoponevents.events.data.OrderPlaced;
import io.shoponevents.events.data.OrderRejected;
import io.shoponevents.events.data.ShipmentCancelled;
import io.shoponevents.events.data.ShipmentCreated;
import io.shoponevents.events.data.ShipmentDelivered;
import io.shoponevents.events.data.ShipmentDispatched;
import io.shoponevents.events.data.StockReleased;
import io.shoponevents.events.data.StockReservationFailed;
import io.shoponevents.events.data.StockReserved;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The event catalog: every event, who produces it, which route carries it and who consumes it. The routing topology is
 * derived from this table; nothing else lists consumers.
 */
public enum EventType {
    CART_ITEM_ADDED(CartItemAdded.class, ORDER, Route.BUS, NOTIFICATION),
    CART_ITEM_REMOVED(CartItemRemoved.class, ORDER, Route.BUS, NOTIFICATION),
    ORDER_PLACED(OrderPlaced.class, ORDER, Route.BUS, INVENTORY, NOTIFICATION),
    ORDER_CONFIRMED(OrderConfirmed.class, ORDER, Route.BUS, SHIPPING, NOTIFICATION),
    ORDER_REJECTED(OrderRejected.class, ORDER, Route.BUS, NOTIFICATION),
    ORDER_CANCELLED(OrderCancelled.class, ORDER, Route.BUS, INVENTORY, SHIPPING, NOTIFICATION),
    STOCK_RESERVED(StockReserved.class, INVENTORY, Route.BUS, ORDER),
    STOCK_RESERVATION_FAILED(StockReservationFailed.class, INVENTORY, Route.BUS, ORDER),
    STOCK_RELEASED(StockReleased.class, INVENTORY, Route.BUS),
    SHIPMENT_CREATED(ShipmentCreated.class, SHIPPING, Route.TOPIC, NOTIFICATION),
    SHIPMENT_DISPATCHED(ShipmentDispatched.class, SHIPPING, Route.TOPIC, ORDER, NOTIFICATION),
    SHIPMENT_DELIVERED(ShipmentDelivered.class, SHIPPING, Route.TOPIC, ORDER, NOTIFICATION),
    SHIPMENT_CANCELLED(ShipmentCancelled.class, SHIPPING, Route.TOPIC, NOTIFICATION);

    /** Version of the schemas in this catalog, carried as {@code detail.metadata.schemaVersion}. */
    public static final int SCHEMA_VERSION = 1;

    private final Class<?> dataType;
    private final ServiceName producer;
    private final Route route;
    private final Set<ServiceName> consumers;

    EventType(Class<?> dataType, ServiceName producer, Route route, ServiceName... consumers) {
        this.dataType = dataType;
        this.producer = producer;
        this.route = route;
        EnumSet<ServiceName> set = EnumSet.noneOf(ServiceName.class);
        set.addAll(Arrays.asList(consumers));
        this.consumers = Collections.unmodifiableSet(set);
    }

    /** The {@code detail-type}: the name of the schema and of the generated Java type. */
    public String detailType() {
        return dataType.getSimpleName();
    }

    public String source() {
        return producer.eventSource();
    }

    /** The Java type generated from this event's schema, the type of {@code detail.data}. */
    public Class<?> dataType() {
        return dataType;
    }

    public ServiceName producer() {
        return producer;
    }

    public Route route() {
        return route;
    }

    /** The services that read this event, in declaration order. */
    public Set<ServiceName> consumers() {
        return consumers;
    }

    /** Where the JSON Schema of {@code detail.data} lives, on the class path and as its {@code id}. */
    public String schemaPath() {
        return "schemas/events/" + detailType() + ".json";
    }

    public static Optional<EventType> of(String detailType) {
        return Arrays.stream(values())
                .filter(type -> type.detailType().equals(detailType))
                .findFirst();
    }

    public static Optional<EventType> of(Class<?> dataType) {
        return Arrays.stream(values())
                .filter(type -> type.dataType.equals(dataType))
                .findFirst();
    }
}
