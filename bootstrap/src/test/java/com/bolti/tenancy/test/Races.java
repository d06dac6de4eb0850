package com.bolti.tenancy.test;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** Runs two calls on two threads released at the same moment, to race them. */
public final class Races {

    private static final long TIMEOUT_SECONDS = 60;

    private Races() {
    }

    /** Runs both calls at once and returns their results in argument order. Fails after 60 seconds. */
    public static <T> List<T> run(Supplier<T> first, Supplier<T> second) {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            CompletableFuture<T> a = CompletableFuture.supplyAsync(() -> afterStart(start, first), threads);
            CompletableFuture<T> b = CompletableFuture.supplyAsync(() -> afterStart(start, second), threads);
            start.countDown();
            CompletableFuture.allOf(a, b).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            return List.of(a.join(), b.join());
        } catch (Exception e) {
            throw new IllegalStateException("a raced call failed or timed out", e);
        } finally {
            threads.shutdownNow();
        }
    }

    private static <T> T afterStart(CountDownLatch start, Supplier<T> call) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted before the race started", e);
        }
        return call.get();
    }
}
