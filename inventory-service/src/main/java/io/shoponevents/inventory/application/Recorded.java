package io.shoponevents.inventory.application;

/** How storing a change caused by a consumed event ended. */
public enum Recorded {
    /** The change and its events were stored together. */
    STORED,
    /** The consumed event had been handled before: nothing was stored. */
    ALREADY_HANDLED
}
