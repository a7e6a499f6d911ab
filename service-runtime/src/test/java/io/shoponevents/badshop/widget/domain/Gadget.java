package io.shoponevents.badshop.widget.domain;

import org.springframework.stereotype.Component;

/** Breaks the template: a domain class that depends on Spring. */
@Component
class Gadget {}
