package io.shoponevents.storefront.journey;

import io.shoponevents.events.ServiceName;
import io.shoponevents.storefront.api.Api.JourneyEvent;
import io.shoponevents.storefront.api.Api.Notification;
import io.shoponevents.storefront.api.Api.ServiceJourney;
import io.shoponevents.storefront.api.Api.StatusChange;
import io.shoponevents.storefront.journey.OrderJourney.Delivery;
import io.shoponevents.storefront.journey.OrderJourney.Outcome;
import io.shoponevents.storefront.journey.OrderJourney.Step;
import io.shoponevents.storefront.journey.OrderJourney.Stop;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Puts an order's journey together from what each service says it produced, consumed and dead-lettered for the order
 * (their journey endpoints), the order's status history and the emails sent about it. Pure: the same lists give the
 * same journey, wherever the services run.
 */
public final class JourneyAssembler {

    private static final String PRODUCED = "PRODUCED";
    private static final String CONSUMED = "CONSUMED";
    private static final String DEAD_LETTERED = "DEAD_LETTERED";

    private final Routes routes;

    public JourneyAssembler(Routes routes) {
        this.routes = routes;
    }

    public OrderJourney assemble(
            String orderId,
            List<ServiceJourney> journeys,
            List<StatusChange> history,
            List<Notification> notifications,
            List<String> unreachable) {
        Map<String, List<Seen>> byEvent = new LinkedHashMap<>();
        for (ServiceJourney journey : journeys) {
            for (JourneyEvent event : journey.events()) {
                byEvent.computeIfAbsent(event.eventId(), id -> new ArrayList<>())
                        .add(new Seen(journey.service(), event));
            }
        }
        Map<String, String> typeOfEvent = new LinkedHashMap<>();
        byEvent.forEach(
                (eventId, seen) -> typeOfEvent.put(eventId, seen.get(0).event().detailType()));
        List<Step> steps = byEvent.entrySet().stream()
                .map(entry -> step(entry.getKey(), entry.getValue(), typeOfEvent, history, notifications))
                .sorted(Comparator.comparing(Step::time))
                .toList();
        return new OrderJourney(orderId, steps, stop(steps), List.copyOf(unreachable));
    }

    private Step step(
            String eventId,
            List<Seen> seen,
            Map<String, String> typeOfEvent,
            List<StatusChange> history,
            List<Notification> notifications) {
        JourneyEvent any = seen.get(0).event();
        Optional<Seen> produced = seen.stream()
                .filter(s -> PRODUCED.equals(s.event().direction()))
                .findFirst();
        String producer = produced.map(Seen::service).orElseGet(() -> serviceOfSource(any.source()));
        Instant time = produced.map(s -> s.event().time())
                .orElseGet(() -> seen.stream()
                        .map(s -> s.event().time())
                        .min(Instant::compareTo)
                        .orElseThrow());
        String causationId = produced.map(s -> s.event().causationId()).orElse(any.causationId());
        String cause = causationId == null
                ? "a request to " + producer
                : typeOfEvent.getOrDefault(causationId, "event " + causationId);
        // A producer marks its published events in batches, a moment after publishing them: an event a consumer has
        // seen is published whether or not its mark is written yet.
        boolean published = produced.map(s -> s.event().publishedAt() != null).orElse(true)
                || seen.stream().anyMatch(s -> !PRODUCED.equals(s.event().direction()));

        Set<String> consumers = new LinkedHashSet<>();
        Routes.consumersOf(any.detailType()).forEach(service -> consumers.add(serviceName(service)));
        seen.stream().filter(s -> !PRODUCED.equals(s.event().direction())).forEach(s -> consumers.add(s.service()));
        List<Delivery> deliveries = consumers.stream()
                .map(consumer -> delivery(eventId, any.detailType(), consumer, seen, history, notifications))
                .toList();
        return new Step(eventId, any.detailType(), producer, time, cause, published, deliveries);
    }

    private Delivery delivery(
            String eventId,
            String detailType,
            String consumer,
            List<Seen> seen,
            List<StatusChange> history,
            List<Notification> notifications) {
        String route = serviceOf(consumer)
                .flatMap(service -> routes.to(detailType, service))
                .orElse("no route in the topology");
        Optional<JourneyEvent> deadLettered = at(consumer, DEAD_LETTERED, seen);
        Optional<JourneyEvent> consumed = at(consumer, CONSUMED, seen);
        if (consumed.isPresent()) {
            return new Delivery(
                    consumer,
                    route,
                    Outcome.CONSUMED,
                    consumed.get().time(),
                    effect(eventId, consumer, history, notifications),
                    null);
        }
        if (deadLettered.isPresent()) {
            return new Delivery(
                    consumer,
                    route,
                    Outcome.DEAD_LETTERED,
                    deadLettered.get().time(),
                    null,
                    deadLettered.get().reason());
        }
        return new Delivery(consumer, route, Outcome.AWAITING, null, null, null);
    }

    /** What the consumer did with the event, where the APIs say: the order status it set, the email it sent. */
    private static String effect(
            String eventId, String consumer, List<StatusChange> history, List<Notification> notifications) {
        List<String> effects = new ArrayList<>();
        if (consumer.equals(serviceName(ServiceName.ORDER))) {
            history.stream()
                    .filter(change -> eventId.equals(change.eventId()))
                    .forEach(change -> effects.add("order → " + change.status()));
        }
        if (consumer.equals(serviceName(ServiceName.NOTIFICATION))) {
            notifications.stream()
                    .filter(notification -> eventId.equals(notification.eventId()))
                    .forEach(notification -> effects.add("email “" + notification.subject() + "”"));
        }
        return effects.isEmpty() ? null : String.join("; ", effects);
    }

    /** The last event with a consumer that has not taken it or gave up on it. */
    private static Stop stop(List<Step> steps) {
        for (int i = steps.size() - 1; i >= 0; i--) {
            Step step = steps.get(i);
            Optional<Delivery> stuck = step.deliveries().stream()
                    .filter(delivery -> delivery.outcome() == Outcome.DEAD_LETTERED)
                    .findFirst()
                    .or(() -> step.deliveries().stream()
                            .filter(delivery -> delivery.outcome() == Outcome.AWAITING)
                            .findFirst());
            if (stuck.isPresent()) {
                Delivery delivery = stuck.get();
                return new Stop(
                        step.detailType(), step.producer(), delivery.consumer(), delivery.outcome(), delivery.reason());
            }
        }
        return null;
    }

    private static Optional<JourneyEvent> at(String consumer, String direction, List<Seen> seen) {
        return seen.stream()
                .filter(s -> s.service().equals(consumer)
                        && direction.equals(s.event().direction()))
                .map(Seen::event)
                .findFirst();
    }

    static String serviceName(ServiceName service) {
        return service.id() + "-service";
    }

    private static Optional<ServiceName> serviceOf(String serviceName) {
        return Arrays.stream(ServiceName.values())
                .filter(service -> serviceName(service).equals(serviceName))
                .findFirst();
    }

    private static String serviceOfSource(String source) {
        return Arrays.stream(ServiceName.values())
                .filter(service -> service.eventSource().equals(source))
                .findFirst()
                .map(JourneyAssembler::serviceName)
                .orElse(source == null ? "an unknown producer" : source);
    }

    private record Seen(String service, JourneyEvent event) {}
}
