package io.shoponevents.goodshop.widget.application;

import io.shoponevents.goodshop.widget.domain.Widget;
import io.shoponevents.runtime.domain.NotFound;

public class WidgetService {

    private final WidgetRepository widgets;

    public WidgetService(WidgetRepository widgets) {
        this.widgets = widgets;
    }

    public Widget widget(String id) {
        return widgets.find(id).orElseThrow(() -> new NotFound("Widget", id));
    }
}
