"""Tests of moto_server.py: its TransactWriteItems against moto's own, on one in-process DynamoDB backend, and
its HTTP serving.

Run with the emulator's Python: scripts/moto-server.sh --test
"""
import gc
import http.client
import json
import threading
import unittest

from moto.core import DEFAULT_ACCOUNT_ID
from moto.dynamodb import dynamodb_backends
from moto.dynamodb.exceptions import ItemSizeTooLarge, TransactionCanceledException
from moto.dynamodb.models.dynamo_type import Item

import moto_server

STOCKED_ITEMS = 3000


def resident_mib():
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * 4096 / 2**20


def put_new(pk, condition="attribute_not_exists(pk)", **extra):
    return {"Put": {"TableName": "stock", "Item": {"pk": {"S": pk}, "sk": {"S": "item"}}, "ConditionExpression": condition, **extra}}


def reserve(pk, quantity):
    return {
        "Update": {
            "TableName": "stock",
            "Key": {"pk": {"S": pk}, "sk": {"S": "item"}},
            "UpdateExpression": "SET available = available - :q",
            "ConditionExpression": "available >= :q",
            "ExpressionAttributeValues": {":q": {"N": str(quantity)}},
        }
    }


class TransactWriteItemsTests(unittest.TestCase):
    def setUp(self):
        dynamodb_backends[DEFAULT_ACCOUNT_ID].reset()
        self.backend = dynamodb_backends[DEFAULT_ACCOUNT_ID]["us-east-1"]
        self.backend.create_table(
            "stock",
            schema=[{"AttributeName": "pk", "KeyType": "HASH"}, {"AttributeName": "sk", "KeyType": "RANGE"}],
            throughput=None,
            attr=[{"AttributeName": "pk", "AttributeType": "S"}, {"AttributeName": "sk", "AttributeType": "S"}],
            global_indexes=None,
            indexes=None,
            streams=None,
            billing_mode="PAY_PER_REQUEST",
            sse_specification=None,
            tags=[],
            deletion_protection_enabled=False,
            warm_throughput=None,
        )
        for i in range(STOCKED_ITEMS):
            self.backend.put_item(
                "stock", {"pk": {"S": f"sku-{i}"}, "sk": {"S": "item"}, "available": {"N": "5"}, "pad": {"S": "x" * 200}}
            )

    def cancellation(self, transact, items):
        with self.assertRaises(TransactionCanceledException) as raised:
            transact(self.backend, items)
        return raised.exception

    def available(self, pk):
        return self.backend.get_item("stock", {"pk": {"S": pk}, "sk": {"S": "item"}}).to_json()["Attributes"]["available"]

    def test_an_item_over_the_size_limit_is_refused_and_one_under_it_is_stored_whole(self):
        with self.assertRaises(ItemSizeTooLarge):
            moto_server.new_item_checking_its_size_once(
                Item.__new__(Item), None, None, {"pk": {"S": "big"}, "a": {"S": "x" * 300000}, "b": {"S": "y" * 110000}}
            )
        moto_server.do_repeated_work_once()
        attributes = {"pk": {"S": "sku-new"}, "sk": {"S": "item"}, "available": {"N": "5"}, "pad": {"S": "x" * 200000}}
        self.backend.put_item("stock", attributes)

        self.assertEqual(self.backend.get_item("stock", {"pk": {"S": "sku-new"}, "sk": {"S": "item"}}).to_json()["Attributes"], attributes)

    def test_cancels_with_the_reasons_moto_gives(self):
        cases = {
            "existing item": [put_new("sku-1")],
            "failure after a passing operation": [reserve("sku-2", 1), put_new("sku-3"), reserve("sku-4", 1)],
            "old item asked for": [reserve("sku-5", 1), put_new("sku-6", ReturnValuesOnConditionCheckFailure="ALL_OLD")],
            "shortage": [reserve("sku-7", 6)],
            "condition check": [
                {"ConditionCheck": {"TableName": "stock", "Key": {"pk": {"S": "sku-8"}, "sk": {"S": "item"}},
                                    "ConditionExpression": "attribute_not_exists(pk)"}},
                reserve("sku-9", 1),
            ],
        }
        for name, items in cases.items():
            with self.subTest(name):
                ours = self.cancellation(moto_server.transact_write_items, items)
                theirs = self.cancellation(moto_server.moto_transact_write_items, items)
                self.assertEqual(ours.description, theirs.description)
                self.assertEqual(ours.message, theirs.message)

    def test_cancelled_transaction_changes_nothing(self):
        self.cancellation(moto_server.transact_write_items, [reserve("sku-10", 2), reserve("sku-11", 9)])
        self.assertEqual(self.available("sku-10"), {"N": "5"})
        self.assertEqual(self.available("sku-11"), {"N": "5"})

    def test_writes_every_operation_when_all_conditions_hold(self):
        moto_server.transact_write_items(self.backend, [reserve("sku-12", 2), put_new("new-sku")])
        self.assertEqual(self.available("sku-12"), {"N": "3"})
        self.assertIsNotNone(self.backend.get_item("stock", {"pk": {"S": "new-sku"}, "sk": {"S": "item"}}))

    def test_memory_stays_flat_over_a_thousand_failed_transactions(self):
        items = [reserve("sku-13", 1), put_new("sku-14")]
        gc.collect()
        before = resident_mib()
        for _ in range(1000):
            self.cancellation(moto_server.transact_write_items, items)
        gc.collect()
        self.assertLess(resident_mib() - before, 8.0, "resident memory grew over 1,000 failed transactions")
        self.assertEqual(self.available("sku-13"), {"N": "5"})



class ServingTests(unittest.TestCase):
    """The server keeps a connection open from one request to the next, as the AWS SDKs expect."""

    def setUp(self):
        self.server = moto_server.create_server("127.0.0.1", 0)
        threading.Thread(target=self.server.run, daemon=True).start()
        self.connection = http.client.HTTPConnection("127.0.0.1", self.server.effective_port, timeout=10)

    def tearDown(self):
        self.connection.close()
        self.server.close()

    def list_tables(self, body="{}"):
        self.connection.request(
            "POST",
            "/",
            body=body,
            headers={
                "X-Amz-Target": "DynamoDB_20120810.ListTables",
                "Content-Type": "application/x-amz-json-1.0",
                # moto routes by the service in the credential scope; it does not check the signature
                "Authorization": "AWS4-HMAC-SHA256 Credential=test/20261130/us-east-1/dynamodb/aws4_request, "
                "SignedHeaders=host, Signature=0",
            },
        )
        response = self.connection.getresponse()
        return response, response.read()

    def test_answers_several_requests_on_one_connection(self):
        first, _ = self.list_tables()
        socket = self.connection.sock
        second, body = self.list_tables()

        self.assertEqual((first.status, second.status), (200, 200))
        self.assertNotEqual(first.getheader("Connection", "").lower(), "close")
        self.assertIs(self.connection.sock, socket, "the second request went over the first one's connection")
        self.assertIn("TableNames", json.loads(body))

    def test_a_body_the_application_leaves_unread_does_not_reach_the_next_request(self):
        self.connection.request("GET", "/_shop/emulator-stats", body=b"x" * 10000)
        stats = self.connection.getresponse()
        stats.read()

        response, body = self.list_tables()

        self.assertEqual((stats.status, response.status), (200, 200))
        self.assertIn("TableNames", json.loads(body))


if __name__ == "__main__":
    unittest.main()
