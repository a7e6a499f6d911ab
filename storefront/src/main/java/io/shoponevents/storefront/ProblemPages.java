package io.shoponevents.storefront;

import io.shoponevents.storefront.api.ServiceProblem;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A page for what a page could not show: an order that does not exist (404) or a service that refused or did not
 * answer (its 4xx, or 502), in the service's own words, never a server error page.
 */
@ControllerAdvice
class ProblemPages {

    @ExceptionHandler(ServiceProblem.class)
    String problem(ServiceProblem problem, Model model, HttpServletResponse response) {
        response.setStatus(problem.status());
        model.addAttribute("status", problem.status());
        model.addAttribute("problem", problem.getMessage());
        return "problem";
    }
}
