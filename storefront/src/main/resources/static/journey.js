// Keeps the order page's journey live: asks the storefront for it once a second and swaps in what it renders, until
// the order is settled. The page changes only when the journey did, so a button is not replaced under the pointer
// for nothing. Every request is bounded; a failed one is tried again on the next tick.
(function () {
    "use strict";
    var live = document.getElementById("live");
    if (!live || live.dataset.settled === "true") {
        return;
    }
    var url = live.dataset.journeyUrl;
    var busy = false;
    var last = null;
    var timer = setInterval(function () {
        if (busy) {
            return;
        }
        busy = true;
        var controller = new AbortController();
        var timeout = setTimeout(function () { controller.abort(); }, 5000);
        fetch(url, { headers: { "Accept": "application/json" }, signal: controller.signal })
            .then(function (response) {
                if (!response.ok) {
                    throw new Error("journey answered " + response.status);
                }
                return response.json();
            })
            .then(function (journey) {
                live.dataset.settled = String(journey.settled);
                if (journey.settled) {
                    clearInterval(timer);
                }
                if (journey.html === last) {
                    return;
                }
                last = journey.html;
                var content = document.getElementById("live-content");
                // Keyboard focus inside the swapped part moves to the same control in the new one.
                var focused = document.activeElement && content.contains(document.activeElement)
                    ? document.activeElement.id || "journey-heading" : null;
                content.outerHTML = journey.html;
                var again = focused && document.getElementById(focused);
                if (again) {
                    again.focus();
                }
            })
            .catch(function () { /* the next tick tries again */ })
            .finally(function () {
                clearTimeout(timeout);
                busy = false;
            });
    }, 1000);
})();
