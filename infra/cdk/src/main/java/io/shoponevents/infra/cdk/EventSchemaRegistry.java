package io.shoponevents.infra.cdk;

import io.shoponevents.events.EventType;
import software.amazon.awscdk.services.eventschemas.CfnRegistry;
import software.amazon.awscdk.services.eventschemas.CfnSchema;
import software.constructs.Construct;

/**
 * The EventBridge Schema Registry of the shop: one schema per event of the catalog and schema version, the same JSON
 * Schema the services validate against, made self-contained so the registry (and its code bindings) can read it. An
 * event carried in two schema versions has two registry schemas, because the registry's own version numbers count the
 * revisions of one schema and keep only the newest as current; each compatible revision of a version's file becomes a
 * new registry version of its schema.
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
            for (int version : type.schemaVersions()) {
                CfnSchema.Builder.create(this, type.detailType() + (version == 1 ? "" : "V" + version))
                        .registryName(registry.getAttrRegistryName())
                        .schemaName(schemaName(type, version))
                        .type(SCHEMA_TYPE)
                        .content(inliner.inline(type.schemaPath(version)))
                        .description("detail.data of " + type.detailType() + " events from " + type.source()
                                + " with detail.metadata.schemaVersion " + version)
                        .build();
            }
        }
    }

    /**
     * Version 1 is named like the schemas EventBridge discovers itself, {@code <source>@<detail-type>}; a later version
     * {@code n} is {@code <source>@<detail-type>-v<n>}.
     */
    static String schemaName(EventType type, int schemaVersion) {
        return type.source() + "@" + type.detailType() + (schemaVersion == 1 ? "" : "-v" + schemaVersion);
    }
}
