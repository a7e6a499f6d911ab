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
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The event catalog: every event, who produces it, which route carries it and who consumes it. The routing topology is
 * derived from this table; nothing else lists consumers.
 */
public enum EventType {
    CART_ITEM_ADDED(CartItemAdded.class, ORDER, Route.BUS, NOTIFICATION),
    CART_ITEM_REMOVED(CartItemRemoved.class, ORDER, Route.BUS, NOTIFICATION),
    ORDER_PLACED(
            List.of(OrderPlaced.class, io.shoponevents.events.data.v2.OrderPlaced.class),
            ORDER,
            Route.BUS,
            INVENTORY,
            NOTIFICATION),
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

    /**
     * The schema version every event has and producers write, carried as {@code detail.metadata.schemaVersion}. An
     * event whose schema had to change incompatibly carries a later version beside it ({@link #schemaVersions()}).
     */
    public static final int SCHEMA_VERSION = 1;

    /** The generated type of each schema version, version 1 first; all named after the detail-type. */
    private final List<Class<?>> dataTypes;

    private final Class<?> dataType;
    private final ServiceName producer;
    private final Route route;
    private final Set<ServiceName> consumers;

    EventType(Class<?> dataType, ServiceName producer, Route route, ServiceName... consumers) {
        this(List.of(dataType), producer, route, consumers);
    }

    EventType(List<Class<?>> dataTypes, ServiceName producer, Route route, ServiceName... consumers) {
        this.dataTypes = dataTypes;
        this.dataType = dataTypes.get(SCHEMA_VERSION - 1);
        if (dataTypes.stream().anyMatch(type -> !type.getSimpleName().equals(dataType.getSimpleName()))) {
            throw new IllegalArgumentException("every schema version of " + dataType.getSimpleName()
                    + " must generate a type of that name (schemas/events/v<n>/" + dataType.getSimpleName() + ".json)");
        }
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

    /** The Java type generated from this event's schema (version 1), the type of {@code detail.data}. */
    public Class<?> dataType() {
        return dataType;
    }

    /** The Java type generated from the schema of {@code schemaVersion}. */
    public Class<?> dataType(int schemaVersion) {
        if (!hasSchemaVersion(schemaVersion)) {
            throw new IllegalArgumentException(detailType() + " has no schema version " + schemaVersion);
        }
        return dataTypes.get(schemaVersion - 1);
    }

    /** The schema versions this event is carried in, oldest first: {@code [1]}, or {@code [1, 2]} during a change. */
    public List<Integer> schemaVersions() {
        return IntStream.rangeClosed(1, dataTypes.size()).boxed().toList();
    }

    public boolean hasSchemaVersion(int schemaVersion) {
        return schemaVersion >= 1 && schemaVersion <= dataTypes.size();
    }

    /** The schema version whose generated type is {@code dataType}. */
    public int schemaVersionOf(Class<?> dataType) {
        int index = dataTypes.indexOf(dataType);
        if (index < 0) {
            throw new IllegalArgumentException(dataType + " is not a version of " + detailType());
        }
        return index + 1;
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
        return schemaPath(SCHEMA_VERSION);
    }

    /** Where the schema of {@code schemaVersion} lives: version 1 in {@code events/}, n in {@code events/v<n>/}. */
    public String schemaPath(int schemaVersion) {
        dataType(schemaVersion);
        return "schemas/events/" + (schemaVersion == 1 ? "" : "v" + schemaVersion + "/") + detailType() + ".json";
    }

    public static Optional<EventType> of(String detailType) {
        return Arrays.stream(values())
                .filter(type -> type.detailType().equals(detailType))
                .findFirst();
    }

    /** The event whose {@code detail.data} is {@code dataType}, in any of its schema versions. */
    public static Optional<EventType> of(Class<?> dataType) {
        return Arrays.stream(values())
                .filter(type -> type.dataTypes.contains(dataType))
                .findFirst();
    }
}
