package vn.ptdv.review.util;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs independent steps on a few threads and waits for all of them. A Spark step on small data is
 * mostly the driver planning and committing while the executors wait: two or more steps at once keep
 * the cores busy. Results come back in the order of the steps; when steps fail, the first failure in
 * that order is rethrown as it was, as if they had run one after the other.
 */
public final class Concurrently {
    private Concurrently() {}

    public static <T> List<T> run(String threadName, int threads, List<Callable<T>> steps) {
        if (steps.size() <= 1 || threads <= 1) {
            List<T> results = new ArrayList<>();
            for (Callable<T> step : steps) results.add(call(step));
            return results;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, steps.size()), r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<T>> running = new ArrayList<>();
            for (Callable<T> step : steps) running.add(pool.submit(step));
            List<T> results = new ArrayList<>();
            for (Future<T> f : running) {
                try {
                    results.add(f.get());
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException r) throw r;
                    if (e.getCause() instanceof Error err) throw err;
                    throw new IllegalStateException(e.getCause());
                }
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + threadName, e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> T call(Callable<T> step) {
        try {
            return step.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
