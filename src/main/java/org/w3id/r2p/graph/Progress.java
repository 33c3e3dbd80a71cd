package org.w3id.r2p.graph;

/** Hears how a build goes, document by document; called from several threads. */
public interface Progress {
    Progress NONE = new Progress() {
        @Override
        public void started(int documents) {
        }

        @Override
        public void documentDone() {
        }

        @Override
        public void finished() {
        }
    };

    void started(int documents);

    void documentDone();

    void finished();
}
