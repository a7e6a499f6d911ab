"""Runs moto server with four additions.

1. DynamoDB requests are applied one at a time. DynamoDB applies every request
   atomically: a TransactWriteItems whose conditions hold is written whole before
   any other request sees the items. moto server handles requests on parallel
   threads without isolating them, so two concurrent transactions can both pass a
   condition such as `available >= :quantity` and oversell. Serialising DynamoDB
   requests gives back the guarantee the shop relies on; every other service (SQS
   long polls in particular) stays concurrent.

2. A transaction whose conditions all hold is written without first copying
   every table it touches. moto copies each such table whole, to roll back when
   a condition fails, so a transaction costs time in proportion to the data
   already stored: after a few thousand orders every checkout waited seconds for
   the DynamoDB lock. Here the conditions are checked first and only the items
   being written are kept for an undo. A transaction with a failing condition
   is cancelled here too, with the cancellation reasons DynamoDB and moto
   return (one per item, in order: ConditionalCheckFailed with the old item
   when asked for, None for the others): moto's own code would copy every table
   it touches and, in the shop, keep about 3.5 MiB per failure on a table of a
   few thousand items, and every duplicate event, stock shortage and optimistic
   conflict is such a failure. Anything else unusual (a malformed operation, an
   item named twice, an error while writing) still goes through moto's code.

3. Work moto repeats on every request is done once, or more cheaply. A profile
   of the shop under load (py-spy on this process) had these at over a third of
   the emulator's CPU time, and the SQS ones grow with the number of messages in
   a queue, so a backlog slowed every further request: the list of moto's modules
   (a directory listing, read to route each request); the JSONPath expressions of
   EventBridge's default input transformation (a parser built eight times per
   rule target per PutEvents); the retention check of every received message,
   which computed all queue attributes, message counts included, three times;
   SQS's clock, which took two datetime conversions per message per look; and
   the sort of a whole table on every DynamoDB Query (to pick one partition, or
   before sorting again by the index's keys), which made the outbox relay's
   query take over 100 ms once a few thousand orders were stored. A later
   profile found two more, a tenth of the time of SQS, SNS and EventBridge
   requests: matching the request's host against every backend's URL patterns,
   and listing a response class's methods (with inspect) to find the action.
   And a new DynamoDB item checked its size against the 400 KB limit once per
   attribute, adding up all the attributes before it each time: a tenth of the
   DynamoDB emulator's time. It is checked once, on the sum of the same sizes,
   which fails exactly when one of moto's running sums would have.
   The results are the same; only the time to compute them changes. For the
   same reason requests are not logged one by one (errors still are): the
   statistics below say what was served.

4. A TransactWriteItems with a ClientRequestToken is idempotent for ten minutes,
   as in DynamoDB, which moto does not implement: the same request with the
   same token answers as the first did without being applied again, and a
   different request with that token is refused with
   IdempotentParameterMismatchException. The AWS SDK sends one token per call and
   keeps it on its retries, so a retry of a transaction whose answer was lost
   (an attempt timed out while the endpoint stalled, and the write was applied
   once it resumed) succeeds instead of failing its own conditions.

5. It is served by waitress instead of werkzeug's development server, which
   closes every connection after one response and then waits 10 ms for
   anything more on it: each AWS call made a new TCP connection, the server
   started a thread for it, and the services opened a connection per call as
   well; accept, thread start, the wait and the teardown were about a tenth of
   the emulator's time under load. Waitress keeps HTTP/1.1 connections open
   between requests and serves them from a pool of threads.

6. It counts what it serves: GET /_shop/emulator-stats answers, per AWS action,
   how many requests it served and the seconds they took (DynamoDB also the
   seconds spent waiting for the lock above). The benchmark reads it to tell the
   emulator's share of a checkout from the services' own.

Usage: python moto_server.py HOST PORT   (run by scripts/moto-server.sh)
"""
import copy
import functools
import hashlib
import io
import json
import logging
import os
import re
import sys
import threading
import time
import urllib.parse
from collections import OrderedDict, defaultdict

import jsonpath_ng.ext
import waitress
from moto import backends
from moto.core import responses as moto_responses
from moto.core.utils import method_names_from_class
from moto.core.utils import unix_time as moto_unix_time
from moto.dynamodb.comparisons import get_filter_expression
from moto.dynamodb.exceptions import ConditionalCheckFailed, ItemSizeTooLarge, TransactionCanceledException
from moto.dynamodb.models import DynamoDBBackend
from moto.dynamodb.models.dynamo_type import DynamoType, Item, LimitedSizeDict
from moto.dynamodb.models.table import Table
from moto.dynamodb.models.utilities import bytesize
from moto.server import DomainDispatcherApplication, create_backend_app
from moto.sqs import models as sqs_models
from moto.sqs.models import SQSBackend

STATS_PATH = "/_shop/emulator-stats"
THREADS = 48
# moto's limit on the size of one item: DynamoDB's 400 KB, measured between 409 and 410 KB
ITEM_SIZE_LIMIT = 405000
SCOPE = re.compile(r"Credential=[^/]+/[^/]+/[^/]+/([^/]+)/aws4_request")


class Stats:
    def __init__(self):
        self.lock = threading.Lock()
        self.actions = defaultdict(lambda: {"requests": 0, "seconds": 0.0, "lockWaitSeconds": 0.0})

    def add(self, action, seconds, lock_wait):
        with self.lock:
            entry = self.actions[action]
            entry["requests"] += 1
            entry["seconds"] += seconds
            entry["lockWaitSeconds"] += lock_wait

    def snapshot(self):
        with self.lock:
            return {action: dict(entry) for action, entry in self.actions.items()}


def action_of(environ):
    """`service:Action` from the request, for JSON (X-Amz-Target), query (Action=) and REST protocols."""
    scope = SCOPE.search(environ.get("HTTP_AUTHORIZATION", ""))
    service = scope.group(1) if scope else "unknown"
    target = environ.get("HTTP_X_AMZ_TARGET", "")
    if target:
        return service + ":" + target.rsplit(".", 1)[-1]
    query = urllib.parse.parse_qs(environ.get("QUERY_STRING", ""))
    if "Action" in query:
        return service + ":" + query["Action"][0]
    if environ.get("CONTENT_TYPE", "").startswith("application/x-www-form-urlencoded"):
        length = int(environ.get("CONTENT_LENGTH") or 0)
        body = environ["wsgi.input"].read(length) if length else b""
        environ["wsgi.input"] = io.BytesIO(body)
        form = urllib.parse.parse_qs(body.decode("utf-8", "replace"))
        if "Action" in form:
            return service + ":" + form["Action"][0]
    return service + ":" + environ.get("REQUEST_METHOD", "") + " " + environ.get("PATH_INFO", "")


class IdempotentTransactions:
    """Answers of committed transactions by ClientRequestToken, kept for DynamoDB's ten minutes.

    Used under the DynamoDB lock only.
    """

    WINDOW_SECONDS = 600
    TARGET = "DynamoDB_20120810.TransactWriteItems"

    def __init__(self):
        # Insertion order is time order, so the expired answers are always the oldest ones.
        self.answers = OrderedDict()

    def __call__(self, app, environ, start_response):
        length = int(environ.get("CONTENT_LENGTH") or 0)
        body = environ["wsgi.input"].read(length) if length else b""
        environ["wsgi.input"] = io.BytesIO(body)
        try:
            request = json.loads(body)
        except ValueError:
            request = {}
        token = request.pop("ClientRequestToken", None) if isinstance(request, dict) else None
        if not token:
            return list(app(environ, start_response))
        now = time.monotonic()
        while self.answers and now - next(iter(self.answers.values()))[0] > self.WINDOW_SECONDS:
            self.answers.popitem(last=False)
        fingerprint = hashlib.sha256(json.dumps(request, sort_keys=True).encode()).digest()
        earlier = self.answers.get(token)
        if earlier is not None:
            _, earlier_fingerprint, status, headers, answer = earlier
            if earlier_fingerprint != fingerprint:
                return self.mismatch(start_response)
            start_response(status, headers)
            return answer
        started = {}

        def remember_start(status, headers, exc_info=None):
            started["status"], started["headers"] = status, list(headers)
            return start_response(status, headers, exc_info)

        answer = list(app(environ, remember_start))
        if started.get("status", "").startswith("200"):
            self.answers[token] = (now, fingerprint, started["status"], started["headers"], answer)
        return answer

    @staticmethod
    def mismatch(start_response):
        body = json.dumps(
            {
                "__type": "com.amazonaws.dynamodb.v20120810#IdempotentParameterMismatchException",
                "message": "The request uses the same client token as a previous, but non-identical request.",
            }
        ).encode()
        start_response(
            "400 Bad Request",
            [("Content-Type", "application/x-amz-json-1.0"), ("Content-Length", str(len(body)))],
        )
        return [body]


class ShopEmulator:
    def __init__(self, app):
        self.app = app
        self.dynamodb_lock = threading.Lock()
        self.transactions = IdempotentTransactions()
        self.stats = Stats()

    def __call__(self, environ, start_response):
        if environ.get("PATH_INFO") == STATS_PATH:
            body = json.dumps(self.stats.snapshot(), sort_keys=True).encode()
            start_response("200 OK", [("Content-Type", "application/json"), ("Content-Length", str(len(body)))])
            return [body]
        action = action_of(environ)
        started = time.perf_counter()
        lock_wait = 0.0
        target = environ.get("HTTP_X_AMZ_TARGET", "")
        if target.startswith("DynamoDB_"):
            with self.dynamodb_lock:
                lock_wait = time.perf_counter() - started
                # Run the request to the end, body included, while holding the lock.
                if target == IdempotentTransactions.TARGET:
                    body = self.transactions(self.app, environ, start_response)
                else:
                    body = list(self.app(environ, start_response))
        else:
            body = list(self.app(environ, start_response))
        self.stats.add(action, time.perf_counter() - started, lock_wait)
        return body


moto_transact_write_items = DynamoDBBackend.transact_write_items
moto_query = Table.query
TRANSACT_OPS = ("ConditionCheck", "Put", "Delete", "Update")


def transact_write_items(backend, transact_items):
    """moto's TransactWriteItems, with an undo of the written items instead of a copy of their tables.

    Runs under the DynamoDB lock, so nothing changes between the checks and the writes.
    """
    try:
        writes = planned_writes(backend, transact_items)
    except Exception:
        writes = None
    if writes is None:
        return moto_transact_write_items(backend, transact_items)
    if isinstance(writes, TransactionCanceledException):
        raise writes
    undo = [(table_name, key, attributes_of(backend.get_item(table_name, key))) for _, table_name, key, _ in writes]
    try:
        for op_type, table_name, key, op in writes:
            if op_type == "Put":
                backend.put_item(table_name, op["Item"])
            elif op_type == "Delete":
                backend.delete_item(table_name, key)
            elif op_type == "Update":
                backend.update_item(
                    table_name,
                    key,
                    update_expression=op["UpdateExpression"],
                    expression_attribute_names=op.get("ExpressionAttributeNames"),
                    expression_attribute_values=op.get("ExpressionAttributeValues"),
                )
    except Exception:
        for table_name, key, attributes in undo:
            if attributes is None:
                backend.delete_item(table_name, key)
            else:
                backend.put_item(table_name, attributes)
        return moto_transact_write_items(backend, transact_items)


def planned_writes(backend, transact_items):
    """Each operation as (type, table, key, op) when every condition holds; the cancellation when one does not.

    DynamoDB checks every condition against the items as they were before the transaction, which is what this does:
    no item may appear twice, so no operation sees another's write. None when moto should decide (see above).
    """
    if len(transact_items) > 100:
        return None
    writes, keys, reasons = [], set(), []
    for item in transact_items:
        if len(item) != 1:
            return None
        op_type, op = next(iter(item.items()))
        if op_type not in TRANSACT_OPS:
            return None
        table_name = op["TableName"]
        table = backend.get_table(table_name)
        if op_type == "Put":
            key_names = [name for name in (table.hash_key_attr, table.range_key_attr) if name]
            key = {name: op["Item"][name] for name in key_names}
        else:
            key = op["Key"]
        unique = (table_name, str(sorted(key.items())))
        if unique in keys:
            return None
        keys.add(unique)
        reasons.append(failed_condition(backend, table_name, key, op))
        if op_type != "ConditionCheck":
            writes.append((op_type, table_name, key, op))
    if any(code is not None for code, _, _ in reasons):
        return TransactionCanceledException(reasons)
    return writes


def failed_condition(backend, table_name, key, op):
    """moto's cancellation reason for one operation: (code, message, old item), all None when its condition holds."""
    condition = op.get("ConditionExpression")
    if condition is None:
        return None, None, None
    current = backend.get_item(table_name, key)
    check = get_filter_expression(condition, op.get("ExpressionAttributeNames"), op.get("ExpressionAttributeValues"))
    if check.expr(current):
        return None, None, None
    old_item = None
    if op.get("ReturnValuesOnConditionCheckFailure") == "ALL_OLD" and current:
        old_item = current.to_json()["Attributes"]
    return "ConditionalCheckFailed", ConditionalCheckFailed(item=old_item).message, old_item


def attributes_of(item):
    return copy.deepcopy(item.to_json()["Attributes"]) if item is not None else None


def do_repeated_work_once():
    if getattr(do_repeated_work_once, "done", False):
        return
    do_repeated_work_once.done = True
    modules = tuple(backends.list_of_moto_modules())
    backends.list_of_moto_modules = lambda: modules
    # Which backend serves a host, and which actions a response class has, never change while the server runs.
    DomainDispatcherApplication.get_backend_for_host = functools.lru_cache(maxsize=256)(
        DomainDispatcherApplication.get_backend_for_host
    )
    Item.__init__ = new_item_checking_its_size_once
    moto_responses.method_names_from_class = functools.lru_cache(maxsize=None)(
        lambda clazz: frozenset(method_names_from_class(clazz))
    )
    jsonpath_ng.ext.parse = functools.lru_cache(maxsize=512)(jsonpath_ng.ext.parse)
    SQSBackend.is_message_valid_based_on_retention_period = message_within_retention
    Table.query = query_without_sorting_the_table
    sqs_models.unix_time = lambda dt=None: time.time() if dt is None else moto_unix_time(dt)
    sqs_models.unix_time_millis = lambda dt=None: time.time() * 1000.0 if dt is None else moto_unix_time(dt) * 1000.0


def new_item_checking_its_size_once(item, hash_key, range_key, attrs):
    """moto's Item.__init__, with the item's size checked once instead of after each attribute."""
    item.hash_key = hash_key
    item.range_key = range_key
    values = {key: DynamoType(value) for key, value in attrs.items()}
    if sum(bytesize(key) + value.size() for key, value in values.items()) > ITEM_SIZE_LIMIT:
        raise ItemSizeTooLarge
    item.attrs = LimitedSizeDict.__new__(LimitedSizeDict)
    dict.update(item.attrs, values)


def query_without_sorting_the_table(table, hash_key, *args, **kwargs):
    """moto's Query, given the candidate items unsorted: it sorts its results itself.

    A base-table query gets only the partition of its hash key, an index query every item.
    """
    index_name = args[6] if len(args) > 6 else kwargs.get("index_name")
    if index_name is None and hash_key is not None:
        partition = table.items.get(hash_key)
        if partition is None:
            candidates = []
        elif table.range_key_attr:
            candidates = list(partition.values())
        else:
            candidates = [partition]
    else:
        candidates = [
            item
            for partition in table.items.values()
            for item in (partition.values() if table.range_key_attr else [partition])
        ]
    table.all_items = lambda: candidates
    try:
        return moto_query(table, hash_key, *args, **kwargs)
    finally:
        del table.all_items


def message_within_retention(backend, queue_name, message):
    """moto's check, reading the one attribute it needs instead of computing them all."""
    retention_period = backend.get_queue(queue_name).message_retention_period
    return retention_period + message.sent_timestamp / 1000 > time.time()


def create_server(host, port):
    """The emulator's HTTP server, bound to host and port (0: any free port) and not yet serving."""
    DynamoDBBackend.transact_write_items = transact_write_items
    do_repeated_work_once()
    app = DomainDispatcherApplication(create_backend_app)
    # Threads: every long poll (SQS ReceiveMessage, up to 20 s) holds one, and so does every DynamoDB request while it
    # waits for its turn. Connections: each service keeps a pool per AWS client, kept open between calls; one idle
    # for longer than the AWS SDKs keep one (60 s) is closed.
    return waitress.create_server(
        ShopEmulator(app),
        host=host,
        port=port,
        threads=THREADS,
        connection_limit=1000,
        # poll() instead of select(), which cannot watch file descriptors above 1023
        asyncore_use_poll=True,
        channel_timeout=120,
        ident="moto",
    )


def main():
    host, port = sys.argv[1], int(sys.argv[2])
    os.environ.setdefault("MOTO_PORT", str(port))
    # Errors only: waitress logs a failed request, and a queue of requests waiting for a thread.
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    server = create_server(host, port)
    print(f"moto server listening on http://{host}:{port} (requests served: {STATS_PATH})", flush=True)
    server.run()


if __name__ == "__main__":
    main()
