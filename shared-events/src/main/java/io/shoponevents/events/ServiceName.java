package io.shoponevents.events;

/** The four services of the shop, with the names the topology gives their resources. */
public enum ServiceName {
    ORDER("order", "shop.orders", "shop-orders"),
    INVENTORY("inventory", "shop.inventory", "shop-inventory"),
    SHIPPING("shipping", "shop.shipping", "shop-shipments"),
    NOTIFICATION("notification", "shop.notifications", "shop-notifications");

    private final String id;
    private final String eventSource;
    private final String tableName;

    ServiceName(String id, String eventSource, String tableName) {
        this.id = id;
        this.eventSource = eventSource;
        this.tableName = tableName;
    }

    /** Short name, as in {@code order-service} and {@code shop-order-events}. */
    public String id() {
        return id;
    }

    /** The {@code source} of every event this service produces. */
    public String eventSource() {
        return eventSource;
    }

    /** The DynamoDB table this service owns. */
    public String tableName() {
        return tableName;
    }

    /** The one queue this service reads. */
    public String queueName() {
        return "shop-" + id + "-events";
    }
}
