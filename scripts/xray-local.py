#!/usr/bin/env python3
"""See the X-Ray traces of the shop on this machine, without AWS: a stand-in for the X-Ray daemon.

  scripts/xray-local.py receive [--port 2000]    keep every segment the services send, in .run/traces.jsonl
  scripts/xray-local.py show <orderId|traceId>   print the traces of an order as a tree of service, operation, ms
  scripts/xray-local.py breakdown [--since T] [--until T]
                                                 where checkout -> CONFIRMED spends its time, over every checkout

The services send their segments over UDP to AWS_XRAY_DAEMON_ADDRESS (127.0.0.1:2000 unless set); scripts/run.sh
starts the receiver unless something listens there already. Python 3 standard library only.
"""
import argparse
import datetime
import json
import os
import socket
import sys

DEFAULT_FILE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".run", "traces.jsonl")
MAX_DATAGRAM = 64 * 1024


def receive(port, path):
    """Appends each segment of the daemon protocol (a JSON header line, then the segment) to `path`, one per line."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        sock.bind(("127.0.0.1", port))
    except OSError as error:
        sys.exit(f"xray-local: cannot listen on UDP {port}: {error} (is an X-Ray daemon running?)")
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    print(f"xray-local: receiving segments on UDP 127.0.0.1:{port}, appending to {os.path.normpath(path)}",
          flush=True)
    with open(path, "a", encoding="utf-8") as out:
        while True:
            datagram, _ = sock.recvfrom(MAX_DATAGRAM)
            header, _, body = datagram.decode("utf-8", "replace").partition("\n")
            try:
                if json.loads(header).get("format") != "json":
                    continue
                segment = json.loads(body)
            except ValueError:
                continue  # not the daemon protocol: the daemon drops it too
            out.write(json.dumps(segment, separators=(",", ":")) + "\n")
            out.flush()


def load(path):
    """Segments by trace id; a streamed subsegment counts as an entity of its trace."""
    traces = {}
    try:
        with open(path, encoding="utf-8") as lines:
            for line in lines:
                line = line.strip()
                if line:
                    document = json.loads(line)
                    traces.setdefault(document.get("trace_id"), []).append(document)
    except FileNotFoundError:
        sys.exit(f"xray-local: no traces yet ({os.path.normpath(path)} is missing; is the receiver running?)")
    return traces


def entities(document):
    yield document
    for child in document.get("subsegments", []):
        yield from entities(child)


def mentions(documents, wanted):
    for document in documents:
        for entity in entities(document):
            annotations = entity.get("annotations", {})
            if wanted in (annotations.get("orderId"), annotations.get("cartId"), annotations.get("correlationId")):
                return True
    return False


def operation(entity):
    annotations = entity.get("annotations", {})
    if "operation" in annotations:
        return annotations["operation"]
    request = entity.get("http", {}).get("request", {})
    if "method" in request and "url" in request:
        path = "/" + request["url"].split("://", 1)[-1].split("/", 1)[-1]
        status = entity.get("http", {}).get("response", {}).get("status")
        return f"{request['method']} {path}" + (f" -> {status}" if status else "")
    aws_operation = entity.get("aws", {}).get("operation")
    return f"{entity.get('name')} {aws_operation}" if aws_operation else entity.get("name", "?")


def label(entity, is_segment, trace_start):
    start, end = entity.get("start_time", 0), entity.get("end_time")
    took = f"{(end - start) * 1000:.1f} ms" if end else "in progress"
    flags = "".join(f" [{flag}]" for flag in ("fault", "error", "throttle") if entity.get(flag))
    what = f"{entity.get('name')}  {operation(entity)}" if is_segment else operation(entity)
    return f"{what}  {took}  (at +{(start - trace_start) * 1000:.0f} ms){flags}"


def show_trace(trace_id, documents):
    """Prints segments and subsegments as one tree: a segment hangs under the (sub)segment its parent_id names."""
    nodes, children = {}, {}
    for document in documents:
        for entity in entities(document):
            is_segment = entity is document and document.get("type") != "subsegment"
            nodes[entity["id"]] = (entity, is_segment)
            for child in entity.get("subsegments", []):
                children.setdefault(entity["id"], []).append(child["id"])
        if document.get("parent_id"):
            children.setdefault(document["parent_id"], []).append(document["id"])
    roots = [document["id"] for document in documents
             if not document.get("parent_id") or document["parent_id"] not in nodes]
    trace_start = min(entity.get("start_time", 0) for entity, _ in nodes.values())
    trace_end = max(entity.get("end_time") or entity.get("start_time", 0) for entity, _ in nodes.values())
    services = sorted({entity["name"] for entity, is_segment in nodes.values() if is_segment})
    print(f"trace {trace_id}: {len(documents)} segment(s) from {', '.join(services)}, "
          f"{(trace_end - trace_start) * 1000:.0f} ms")

    def start_of(node_id):
        return nodes[node_id][0].get("start_time", 0)

    def walk(node_id, prefix, last, top):
        entity, is_segment = nodes[node_id]
        orphan = top and entity.get("parent_id") and entity["parent_id"] not in nodes
        branch = "" if top else ("└─ " if last else "├─ ")
        note = f"  (parent {entity['parent_id']} not received)" if orphan else ""
        print(prefix + branch + label(entity, is_segment, trace_start) + note)
        below = sorted(children.get(node_id, []), key=start_of)
        for index, child in enumerate(below):
            walk(child, prefix + ("" if top else ("   " if last else "│  ")), index == len(below) - 1, False)

    for root in sorted(roots, key=start_of):
        walk(root, "", True, True)
    print()


def show(wanted, path):
    traces = load(path)
    found = {trace_id: documents for trace_id, documents in traces.items()
             if trace_id == wanted or mentions(documents, wanted)}
    if not found:
        sys.exit(f"xray-local: no trace mentions {wanted} in {os.path.normpath(path)}")
    first_start = lambda item: min(document.get("start_time", 0) for document in item[1])
    for trace_id, documents in sorted(found.items(), key=first_start):
        show_trace(trace_id, documents)


def breakdown(path, since, until):
    """Medians over every complete checkout in the file of each step to the order's CONFIRMED decision."""
    steps = {}
    for documents in load(path).values():
        times = checkout_path(documents, since, until)
        for step, millis in (times or {}).items():
            steps.setdefault(step, []).append(millis)
    if not steps:
        sys.exit("xray-local: no complete checkout (checkout, reservation, order read) in the traces")
    count = len(next(iter(steps.values())))
    print(f"checkout -> CONFIRMED over {count} checkout(s): p50 and p90 of each step, ms")
    for step, values in steps.items():
        values.sort()
        print(f"  {step:58s} {values[len(values) // 2]:6.1f} {values[int(len(values) * 0.9)]:6.1f}")


def checkout_path(documents, since, until):
    """Step durations of one trace, or None unless it holds the checkout, the reservation and the order read."""
    def segment(service, test):
        return next((d for d in documents if d.get("name") == service and d.get("type") != "subsegment"
                     and since <= d.get("start_time", 0) < until and test(d)), None)

    def first(document, operation):
        return next((e for e in entities(document) if e.get("aws", {}).get("operation") == operation), None)

    event = lambda d: d.get("annotations", {}).get("eventType")
    checkout = segment("order-service", lambda d: "/checkout" in d.get("http", {}).get("request", {}).get("url", ""))
    reserve = segment("inventory-service", lambda d: event(d) == "OrderPlaced")
    decide = segment("order-service", lambda d: event(d) == "StockReserved")
    if not (checkout and reserve and decide):
        return None
    cart, order, placed = (first(checkout, op) for op in ("GetItem", "TransactWriteItems", "PutEvents"))
    reserved_tx, reserved = first(reserve, "TransactWriteItems"), first(reserve, "PutEvents")
    order_read = first(decide, "GetItem")
    if None in (cart, order, placed, reserved_tx, reserved, order_read):
        return None
    took = lambda a, b: (b - a) * 1000
    span = lambda e: took(e["start_time"], e["end_time"])
    return {
        "order-service, checkout: GetItem cart": span(cart),
        "order-service, checkout: TransactWriteItems order + outbox": span(order),
        "order-service, checkout: its own work": took(checkout["start_time"], placed["start_time"])
        - span(cart) - span(order),
        "bus: PutEvents OrderPlaced": span(placed),
        "bus: delivery to inventory-service": took(placed["end_time"], reserve["start_time"]),
        "inventory-service: TransactWriteItems reservation + outbox": span(reserved_tx),
        "inventory-service: its own work": took(reserve["start_time"], reserved["start_time"]) - span(reserved_tx),
        "bus: PutEvents StockReserved": span(reserved),
        "bus: delivery to order-service": took(reserved["end_time"], decide["start_time"]),
        "order-service, decision: GetItem order": span(order_read),
        "order-service, decision: its own work until then": took(decide["start_time"], order_read["start_time"]),
        "total: checkout to the order read": took(checkout["start_time"], order_read["end_time"]),
    }


def utc_seconds(text, default):
    if not text:
        return default
    return datetime.datetime.fromisoformat(text).replace(tzinfo=datetime.timezone.utc).timestamp()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    receiving = commands.add_parser("receive", help="listen on UDP as the X-Ray daemon would")
    receiving.add_argument("--port", type=int, default=2000)
    receiving.add_argument("--file", default=DEFAULT_FILE)
    showing = commands.add_parser("show", help="print the traces of an order (or cart) id, or one trace id")
    showing.add_argument("id")
    showing.add_argument("--file", default=DEFAULT_FILE)
    breaking_down = commands.add_parser("breakdown", help="medians of each step from checkout to CONFIRMED")
    breaking_down.add_argument("--since", help="only checkouts from this UTC time on, e.g. 2026-11-22T08:32:00")
    breaking_down.add_argument("--until", help="only checkouts before this UTC time")
    breaking_down.add_argument("--file", default=DEFAULT_FILE)
    args = parser.parse_args()
    try:
        if args.command == "receive":
            receive(args.port, args.file)
        elif args.command == "breakdown":
            breakdown(args.file, utc_seconds(args.since, 0), utc_seconds(args.until, float("inf")))
        else:
            show(args.id, args.file)
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
