package io.shoponevents.goodshop.widget.adapter.out.persistence;

import io.shoponevents.goodshop.widget.application.WidgetRepository;
import io.shoponevents.goodshop.widget.domain.Widget;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

class DynamoWidgetRepository implements WidgetRepository {

    private final DynamoDbClient dynamoDb;

    DynamoWidgetRepository(DynamoDbClient dynamoDb) {
        this.dynamoDb = dynamoDb;
    }

    @Override
    public Optional<Widget> find(String id) {
        return dynamoDb.getItem(request -> request.tableName("widgets")).hasItem()
                ? Optional.of(new Widget(id, 1))
                : Optional.empty();
    }
}
