package io.shoponevents.storefront.journey;

import io.shoponevents.events.ServiceName;
import io.shoponevents.storefront.journey.OrderJourney.Delivery;
import io.shoponevents.storefront.journey.OrderJourney.Step;
import java.util.ArrayList;
import java.util.List;

/**
 * The journey as a sequence diagram: one lifeline per service, one row per event, an arrow from its producer to each
 * consumer, marked consumed, not consumed yet or dead-lettered in words as well as in line style. Coordinates only; the
 * order page's template draws them as SVG.
 */
public record JourneyDiagram(int width, int height, List<Lane> lanes, List<Row> rows) {

    static final int LANE_GAP = 200;
    static final int LEFT = 120;
    /** Room right of the last lifeline for the labels of the arrows that end there. */
    static final int RIGHT = 280;

    static final int HEADER = 56;
    static final int STEP_GAP = 30;
    static final int ARROW_GAP = 22;

    public record Lane(String service, int x) {}

    /** One event: its name beside the producer's lifeline at {@code y}, its arrows below. */
    public record Row(int y, int producerX, String detailType, String time, String cause, List<Arrow> arrows) {}

    /**
     * @param css {@code consumed}, {@code awaiting} or {@code dead-lettered}, which the stylesheet draws as solid, dashed
     *     and red dashed lines; {@code label} says the same in words
     */
    public record Arrow(int x1, int x2, int y, String css, String label, String route) {

        /** The end of the line, short of the lifeline so that the marker shows. */
        public int tipX() {
            return x2 > x1 ? x2 - 6 : x2 + 6;
        }

        /** Where the label starts: beside the line's middle. */
        public int labelX() {
            return Math.min(x1, x2) + 8;
        }
    }

    public static JourneyDiagram of(OrderJourney journey) {
        List<Lane> lanes = new ArrayList<>();
        ServiceName[] services = ServiceName.values();
        for (int i = 0; i < services.length; i++) {
            lanes.add(new Lane(JourneyAssembler.serviceName(services[i]), LEFT + i * LANE_GAP));
        }
        List<Row> rows = new ArrayList<>();
        int y = HEADER + STEP_GAP;
        for (Step step : journey.steps()) {
            int producerX = xOf(lanes, step.producer());
            List<Arrow> arrows = new ArrayList<>();
            int arrowY = y + ARROW_GAP;
            for (Delivery delivery : step.deliveries()) {
                arrows.add(new Arrow(
                        producerX,
                        xOf(lanes, delivery.consumer()),
                        arrowY,
                        delivery.outcome().name().toLowerCase().replace('_', '-'),
                        delivery.outcome().text(),
                        delivery.route()));
                arrowY += ARROW_GAP;
            }
            rows.add(new Row(y, producerX, step.detailType(), step.clock(), step.cause(), arrows));
            y = arrowY + STEP_GAP - ARROW_GAP / 2;
        }
        int width = LEFT + (services.length - 1) * LANE_GAP + RIGHT;
        return new JourneyDiagram(width, Math.max(y, HEADER + 2 * STEP_GAP), lanes, rows);
    }

    /** A producer or consumer outside the four services is drawn at the left edge. */
    private static int xOf(List<Lane> lanes, String service) {
        return lanes.stream()
                .filter(lane -> lane.service().equals(service))
                .mapToInt(Lane::x)
                .findFirst()
                .orElse(LEFT / 3);
    }
}
