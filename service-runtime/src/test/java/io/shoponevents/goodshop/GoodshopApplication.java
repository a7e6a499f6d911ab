package io.shoponevents.goodshop;

/** A service laid out like the template, for {@code ServiceTemplateTests}. */
class GoodshopApplication {}
