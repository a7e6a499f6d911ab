package io.shoponevents.goodshop.widget.adapter.in.web;

import io.shoponevents.goodshop.widget.application.WidgetService;

class WidgetController {

    private final WidgetService widgets;

    WidgetController(WidgetService widgets) {
        this.widgets = widgets;
    }

    int size(String id) {
        return widgets.widget(id).size();
    }
}
