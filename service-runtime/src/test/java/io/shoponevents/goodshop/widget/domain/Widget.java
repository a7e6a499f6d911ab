package io.shoponevents.goodshop.widget.domain;

import io.shoponevents.runtime.domain.RuleViolation;

public record Widget(String id, int size) {

    public Widget resize(int newSize) {
        if (newSize < 1) {
            throw new RuleViolation("size", "a widget has a size");
        }
        return new Widget(id, newSize);
    }
}
