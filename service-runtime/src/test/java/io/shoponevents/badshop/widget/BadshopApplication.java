package io.shoponevents.badshop.widget;

/** Breaks the template: the application class below the service's top package. */
class BadshopApplication {}
