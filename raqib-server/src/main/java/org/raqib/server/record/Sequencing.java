package org.raqib.server.record;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.raqib.server.system.RaqibProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs a sequencer for each log this node leads, and keeps trying to lead the others (every two
 * seconds), so that when the sequencing node dies another takes over. Commands do not sequence unless
 * they must append (create-log), and then only if no server does.
 */
@Component
class Sequencing implements SmartLifecycle {

	static final long LEAD_EVERY_SECONDS = 2;

	private static final Logger logger = LoggerFactory.getLogger(Sequencing.class);

	private final Logs logs;

	private final SequencerStore store;

	private final LogKeys keys;

	private final KindRegistry kinds;

	private final Leadership leadership;

	private final RaqibProperties properties;

	private final Clock clock;

	private final Map<String, Sequencer> sequencers = new ConcurrentHashMap<>();

	private ScheduledExecutorService scheduler;

	private volatile boolean running;

	Sequencing(Logs logs, SequencerStore store, LogKeys keys, KindRegistry kinds, Leadership leadership,
			RaqibProperties properties, Clock clock) {
		this.logs = logs;
		this.store = store;
		this.keys = keys;
		this.kinds = kinds;
		this.leadership = leadership;
		this.properties = properties;
		this.clock = clock;
	}

	/** The running sequencer of the log, started here if this node may lead it. */
	Sequencer sequencer(String log) {
		Sequencer running = this.sequencers.get(log);
		return running != null && running.isRunning() ? running : start(log);
	}

	private synchronized Sequencer start(String log) {
		Sequencer sequencer = this.sequencers.get(log);
		if (sequencer != null && sequencer.isRunning()) {
			return sequencer;
		}
		if (!this.leadership.tryLead(log)) {
			throw Sequencer.notSequencing();
		}
		sequencer = new Sequencer(this.logs.get(log), this.store, this.keys, this.kinds.entryKinds(), this.clock);
		sequencer.start();
		this.sequencers.put(log, sequencer);
		return sequencer;
	}

	/** The sequencer's snapshot if this node sequences the log, for reads that want the freshest state. */
	java.util.Optional<Sequencer> running(String log) {
		return java.util.Optional.ofNullable(this.sequencers.get(log)).filter(Sequencer::isRunning);
	}

	@Override
	public void start() {
		this.running = true;
		if (this.properties.command()) {
			return;
		}
		this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
			var thread = new Thread(r, "sequencing-leadership");
			thread.setDaemon(true);
			return thread;
		});
		lead();
		this.scheduler.scheduleWithFixedDelay(this::lead, LEAD_EVERY_SECONDS, LEAD_EVERY_SECONDS, TimeUnit.SECONDS);
	}

	private synchronized void lead() {
		try {
			for (LogInfo log : this.logs.all()) {
				Sequencer current = this.sequencers.get(log.id());
				if (current != null && (!current.isRunning() || !this.leadership.stillLeading(log.id()))) {
					current.stop();
					this.sequencers.remove(log.id());
					current = null;
				}
				if (current == null && this.leadership.tryLead(log.id())) {
					start(log.id());
				}
			}
		}
		catch (RuntimeException ex) {
			logger.warn("could not check which logs this node sequences: {}", ex.getMessage());
		}
	}

	@Override
	public synchronized void stop() {
		this.running = false;
		if (this.scheduler != null) {
			this.scheduler.shutdownNow();
		}
		this.sequencers.values().forEach(Sequencer::stop);
		this.sequencers.clear();
		this.leadership.releaseAll();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

}
