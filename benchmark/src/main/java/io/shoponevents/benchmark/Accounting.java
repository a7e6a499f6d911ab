package io.shoponevents.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every arrival accounted for. Lost: no order came of it (the checkout failed, or the shop does not know the order).
 * Stuck: neither CONFIRMED nor REJECTED after the settle wait. Incomplete: CONFIRMED, but no shipment or no
 * confirmation email after the wait. Duplicated: more than one shipment or more than one confirmation email.
 */
record Accounting(int arrivals, int lost, int stuck, int incomplete, int duplicated, List<String> examples) {

    private static final int MAX_EXAMPLES = 10;

    static Accounting of(List<Checkout> checkouts, Map<String, OrderObservation> observations) {
        int lost = 0, stuck = 0, incomplete = 0, duplicated = 0;
        List<String> examples = new ArrayList<>();
        for (Checkout checkout : checkouts) {
            OrderObservation order = checkout.placed() ? observations.get(checkout.orderId()) : null;
            String problem = null;
            if (order == null) {
                lost++;
                problem = checkout.placed()
                        ? "lost: order " + checkout.orderId() + " unknown to the shop"
                        : "lost: arrival " + checkout.arrival().index() + " " + checkout.error();
            } else if (!order.decided()) {
                stuck++;
                problem = "stuck: order " + order.orderId() + " still " + order.status();
            } else {
                if (order.shipmentsCreatedAt().size() > 1
                        || order.confirmationEmailsSentAt().size() > 1) {
                    duplicated++;
                    problem = "duplicated: order " + order.orderId() + " has "
                            + order.shipmentsCreatedAt().size() + " shipment(s) and "
                            + order.confirmationEmailsSentAt().size() + " confirmation email(s)";
                } else if (!order.settled()) {
                    incomplete++;
                    problem = "incomplete: order " + order.orderId() + " CONFIRMED with "
                            + order.shipmentsCreatedAt().size() + " shipment(s) and "
                            + order.confirmationEmailsSentAt().size() + " confirmation email(s)";
                }
            }
            if (problem != null && examples.size() < MAX_EXAMPLES) {
                examples.add(problem);
            }
        }
        return new Accounting(checkouts.size(), lost, stuck, incomplete, duplicated, List.copyOf(examples));
    }

    static Accounting sum(List<Accounting> runs) {
        List<String> examples = new ArrayList<>();
        runs.forEach(run -> examples.addAll(run.examples()));
        return new Accounting(
                runs.stream().mapToInt(Accounting::arrivals).sum(),
                runs.stream().mapToInt(Accounting::lost).sum(),
                runs.stream().mapToInt(Accounting::stuck).sum(),
                runs.stream().mapToInt(Accounting::incomplete).sum(),
                runs.stream().mapToInt(Accounting::duplicated).sum(),
                examples.subList(0, Math.min(examples.size(), MAX_EXAMPLES)));
    }

    boolean clean() {
        return lost == 0 && stuck == 0 && incomplete == 0 && duplicated == 0;
    }
}
