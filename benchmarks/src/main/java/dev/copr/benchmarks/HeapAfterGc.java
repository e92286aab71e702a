package dev.copr.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The heap used right after each {@code System.gc()}, as the collector reports it: reading the heap
 * after {@code System.gc()} returns also counts what other threads allocated meanwhile (a tail
 * decompressing at hundreds of MiB/s adds megabytes in a few milliseconds).
 */
final class HeapAfterGc implements NotificationListener {

    private final List<Long> used = new CopyOnWriteArrayList<>();
    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
            .collect(Collectors.toSet());

    private HeapAfterGc() {
    }

    /** Starts listening to the collectors. */
    static HeapAfterGc start() {
        HeapAfterGc listener = new HeapAfterGc();
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) collector).addNotificationListener(listener, null, null);
        }
        return listener;
    }

    /** Stops listening; the heap used in bytes after each {@code System.gc()} since {@link #start}. */
    List<Long> stop() throws InterruptedException {
        int seen = used.size();
        System.gc();
        long waitUntil = System.nanoTime() + 1_000_000_000L;
        // notifications come from a service thread: wait for the last one, of the GC just run
        while (used.size() == seen && System.nanoTime() < waitUntil) {
            Thread.sleep(10);
        }
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            try {
                ((NotificationEmitter) collector).removeNotificationListener(this);
            } catch (ListenerNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return new ArrayList<>(used);
    }

    @Override
    public void handleNotification(Notification notification, Object handback) {
        if (!notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                (CompositeData) notification.getUserData());
        if (info.getGcCause().equals("System.gc()")) {
            used.add(info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                    .filter(pool -> heapPools.contains(pool.getKey()))
                    .mapToLong(pool -> pool.getValue().getUsed()).sum());
        }
    }
}
