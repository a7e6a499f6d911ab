#!/usr/bin/env python3
"""Walks one order through the running shop to DELIVERED and prints each step as it happens.

Run by `scripts/run.sh --demo`; needs the four services on ports 8081-8084.
"""
import decimal
import json
import sys
import time
import urllib.error
import urllib.request
import uuid

ORDER, INVENTORY, SHIPPING, NOTIFICATION = (f"http://localhost:{port}" for port in (8081, 8082, 8083, 8084))
START = time.monotonic()


def call(method, url, body=None):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, method=method, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            text = response.read().decode()
            return json.loads(text, parse_float=decimal.Decimal) if text else None
    except urllib.error.HTTPError as error:
        sys.exit(f"demo: {method} {url} answered {error.code}: {error.read().decode()}")


def say(text):
    print(f"[{time.monotonic() - START:6.2f}s] {text}", flush=True)


def wait_for(describe, probe, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = probe()
        if found:
            return found
        time.sleep(0.2)
    sys.exit(f"demo: gave up waiting for {describe}")


class Watcher:
    """Prints new order history entries and new emails since the last look."""

    def __init__(self, order_id):
        self.order_id, self.seen_history, self.seen_emails = order_id, 0, set()

    def look(self):
        order = call("GET", f"{ORDER}/api/orders/{self.order_id}")
        for entry in order["history"][self.seen_history:]:
            cause = f" after {entry.get('eventType')} {entry.get('eventId')}" if entry.get("eventId") else ""
            say(f"order {order['status']:<9} history: {entry['status']}{cause}")
        self.seen_history = len(order["history"])
        for email in call("GET", f"{NOTIFICATION}/api/notifications?orderId={self.order_id}"):
            key = email.get("eventId")
            if key not in self.seen_emails:
                self.seen_emails.add(key)
                say(f"email to {email['recipient']}: \"{email['subject']}\" (after {email['eventType']})")
        return order

    def until_status(self, status):
        return wait_for(f"order {status}", lambda: (lambda o: o if o["status"] == status else None)(self.look()))


def main():
    sku = f"MUG-{uuid.uuid4().hex[:6].upper()}"
    call("PUT", f"{INVENTORY}/api/stock/{sku}", {"available": 10})
    say(f"stock of {sku} set to 10")
    cart = call("POST", f"{ORDER}/api/carts", {"customerId": "demo-customer"})
    cart_id = cart["cartId"]
    call("POST", f"{ORDER}/api/carts/{cart_id}/items",
         {"sku": sku, "quantity": 2, "unitPrice": {"amount": 12.50, "currency": "EUR"}})
    say(f"cart {cart_id}: 2 x {sku} at 12.50 EUR")
    order = call("POST", f"{ORDER}/api/carts/{cart_id}/checkout", {
        "email": "demo@example.com",
        "shippingAddress": {"name": "Ada Lovelace", "line1": "12 Analytical Row", "city": "London",
                            "postalCode": "N1 9GU", "country": "GB"}})
    watcher = Watcher(order["orderId"])
    say(f"checked out: order {order['orderId']}, total {order['total']['amount']} {order['total']['currency']}")
    watcher.until_status("CONFIRMED")
    stock = call("GET", f"{INVENTORY}/api/stock/{sku}")
    say(f"stock of {sku}: available {stock['available']}, reserved {stock['reserved']}")
    shipment = wait_for("a shipment", lambda: call("GET", f"{SHIPPING}/api/shipments?orderId={order['orderId']}"))[0]
    say(f"shipment {shipment['shipmentId']} {shipment['status']}; the warehouse dispatches it")
    call("POST", f"{SHIPPING}/api/shipments/{shipment['shipmentId']}/dispatch")
    watcher.until_status("SHIPPED")
    say("the carrier delivers it")
    call("POST", f"{SHIPPING}/api/shipments/{shipment['shipmentId']}/deliver")
    watcher.until_status("DELIVERED")

    def three_emails_sent():
        watcher.look()
        return len(watcher.seen_emails) >= 3

    wait_for("three emails", three_emails_sent)
    say("done: the order is DELIVERED")
    say(f"its journey across the services: http://localhost:8080/orders/{order['orderId']}")


if __name__ == "__main__":
    main()
