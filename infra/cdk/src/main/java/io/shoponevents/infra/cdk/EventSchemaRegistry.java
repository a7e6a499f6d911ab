package io.shoponevents.infra.cdk;

import io.shoponevents.events.EventType;
import software.amazon.awscdk.services.eventschemas.CfnRegistry;
import software.amazon.awscdk.services.eventschemas.CfnSchema;
import software.constructs.Construct;

/**
 * The EventBridge Schema Registry of the shop: one schema per event of the catalog, the same JSON Schema the services
 * validate against, made self-contained so the registry (and its code bindings) can read it.
 */
final class EventSchemaRegistry extends Construct {

    static final String SCHEMA_TYPE = "JSONSchemaDraft4";

    EventSchemaRegistry(Construct scope, String id, String registryName) {
        super(scope, id);
        CfnRegistry registry = CfnRegistry.Builder.create(this, "Registry")
                .registryName(registryName)
                .description("The event contract of the shop (shared-events), one schema per detail-type")
                .build();
        SchemaInliner inliner = new SchemaInliner(EventType.class.getClassLoader());
        for (EventType type : EventType.values()) {
            CfnSchema.Builder.create(this, type.detailType())
                    .registryName(registry.getAttrRegistryName())
                    .schemaName(schemaName(type))
                    .type(SCHEMA_TYPE)
                    .content(inliner.inline(type.schemaPath()))
                    .description("detail.data of " + type.detailType() + " events from " + type.source())
                    .build();
        }
    }

    /** Named like the schemas EventBridge discovers itself: {@code <source>@<detail-type>}. */
    static String schemaName(EventType type) {
        return type.source() + "@" + type.detailType();
    }
}
