package io.shoponevents.badshop.widget.service;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Breaks the template: a layer the template does not have, and the AWS SDK outside an adapter. */
class WidgetManager {

    private final DynamoDbClient dynamoDb;

    WidgetManager(DynamoDbClient dynamoDb) {
        this.dynamoDb = dynamoDb;
    }

    boolean exists(String id) {
        return dynamoDb.getItem(request -> request.tableName("widgets")).hasItem();
    }
}
