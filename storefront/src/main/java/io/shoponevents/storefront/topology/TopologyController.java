package io.shoponevents.storefront.topology;

import io.shoponevents.events.topology.Topology;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The topology page: the bus, the topic, their routes and the queues, drawn from the catalog. */
@Controller
class TopologyController {

    private final TopologyDrawing drawing = TopologyDrawing.of(Topology.standard());

    @GetMapping("/topology")
    String topology(Model model) {
        model.addAttribute("drawing", drawing);
        model.addAttribute("topology", Topology.standard());
        return "topology";
    }
}
