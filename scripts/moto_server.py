"""Runs moto server with one change: DynamoDB requests are applied one at a time.

DynamoDB applies every request atomically: a TransactWriteItems whose conditions
hold is written whole before any other request sees the items. moto server
handles requests on parallel threads without isolating them, so two concurrent
transactions can both pass a condition such as `available >= :quantity` and
oversell. Serialising DynamoDB requests gives back the guarantee the shop relies
on; every other service (SQS long polls in particular) stays concurrent.

Usage: python moto_server.py HOST PORT   (run by scripts/moto-server.sh)
"""
import os
import sys
import threading

from moto.server import DomainDispatcherApplication, MotoRequestHandler, create_backend_app
from werkzeug.serving import run_simple


class OneDynamoDbRequestAtATime:
    def __init__(self, app):
        self.app = app
        self.lock = threading.Lock()

    def __call__(self, environ, start_response):
        if not environ.get("HTTP_X_AMZ_TARGET", "").startswith("DynamoDB_"):
            return self.app(environ, start_response)
        with self.lock:
            # Run the request to the end, body included, while holding the lock.
            return list(self.app(environ, start_response))


def main():
    host, port = sys.argv[1], int(sys.argv[2])
    os.environ.setdefault("MOTO_PORT", str(port))
    app = DomainDispatcherApplication(create_backend_app)
    run_simple(host, port, OneDynamoDbRequestAtATime(app), threaded=True, request_handler=MotoRequestHandler)


if __name__ == "__main__":
    main()
