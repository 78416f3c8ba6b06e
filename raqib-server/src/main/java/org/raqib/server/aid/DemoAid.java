package org.raqib.server.aid;

/** The demo's aid (written next). */
final class DemoAid {

	static final String LOG = "gaza-2025";

	private DemoAid() {
	}

}
