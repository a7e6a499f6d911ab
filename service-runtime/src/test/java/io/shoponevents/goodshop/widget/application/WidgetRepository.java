package io.shoponevents.goodshop.widget.application;

import io.shoponevents.goodshop.widget.domain.Widget;
import java.util.Optional;

public interface WidgetRepository {

    Optional<Widget> find(String id);
}
