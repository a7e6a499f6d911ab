package io.shoponevents.systemtests;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A TCP proxy in front of the AWS endpoint that can stall the way a paused emulator process does: while stalled it
 * still accepts connections and takes in what either side sends, but passes nothing on, neither requests nor answers;
 * once released it passes on everything it holds, so requests sent during the stall reach the endpoint late, after
 * their sender may have given up, as they would reach a process resumed with SIGCONT. A stall, not a refusal:
 * connections open and then nothing comes back.
 */
final class StallingProxy implements AutoCloseable {

    private final ServerSocket server;
    private final URI target;
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "stalling-proxy");
        thread.setDaemon(true);
        return thread;
    });
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final Object gate = new Object();
    private boolean stalled;

    private StallingProxy(ServerSocket server, URI target) {
        this.server = server;
        this.target = target;
    }

    static StallingProxy to(URI target) {
        try {
            StallingProxy proxy = new StallingProxy(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()), target);
            proxy.threads.execute(proxy::accept);
            return proxy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getLocalPort());
    }

    void stall() {
        synchronized (gate) {
            stalled = true;
        }
    }

    void release() {
        synchronized (gate) {
            stalled = false;
            gate.notifyAll();
        }
    }

    @Override
    public void close() {
        release();
        closeQuietly(server);
        sockets.forEach(StallingProxy::closeQuietly);
        threads.shutdownNow();
    }

    private void accept() {
        while (!server.isClosed()) {
            Socket client;
            try {
                client = server.accept();
            } catch (IOException e) {
                continue; // closed: the loop ends
            }
            try {
                Socket endpoint = new Socket(target.getHost(), target.getPort());
                sockets.add(client);
                sockets.add(endpoint);
                threads.execute(() -> pass(client, endpoint));
                threads.execute(() -> pass(endpoint, client));
            } catch (IOException e) {
                closeQuietly(client); // the endpoint refused the connection: so does the proxy
            }
        }
    }

    private void pass(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                awaitOpen();
                out.write(buffer, 0, read);
                out.flush();
            }
            awaitOpen();
            to.shutdownOutput();
        } catch (IOException e) {
            closeQuietly(from);
            closeQuietly(to);
            sockets.remove(from);
            sockets.remove(to);
        }
    }

    private void awaitOpen() throws InterruptedIOException {
        synchronized (gate) {
            while (stalled) {
                try {
                    gate.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException("proxy closed");
                }
            }
        }
    }

    private static void closeQuietly(java.io.Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
