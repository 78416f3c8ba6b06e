package org.raqib.server.movement;

/**
 * The agreement's escort limit at a crossing on a day: at most {@value #PER_PATIENT} escorts for each patient
 * ("50 patients a day with up to 3 escorts each"). It is a rule of this module, not an obligation the
 * compliance engine assesses: the engine's kinds (quota, ratio, total, deadline, zone restriction, cessation)
 * count facts against fixed numbers or count one measure for each of another in a group, and "up to N per
 * patient" is an upper bound per day and crossing that none of them expresses. The room's own counts decide
 * it; other sources' counts never do.
 */
public record EscortCheck(Direction direction, long patients, long escorts) {

	static final int PER_PATIENT = 3;

	public long limit() {
		return PER_PATIENT * this.patients;
	}

	public boolean met() {
		return this.escorts <= limit();
	}

	public String messageKey() {
		return met() ? "movement.escorts.met" : "movement.escorts.exceeded";
	}

}
