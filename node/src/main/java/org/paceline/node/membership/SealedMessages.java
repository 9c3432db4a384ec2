package org.paceline.node.membership;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Iterator;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import org.jgroups.BytesMessage;
import org.jgroups.Message;
import org.jgroups.stack.Protocol;
import org.jgroups.util.ByteArray;
import org.jgroups.util.MessageBatch;
import org.jgroups.util.Util;

/**
 * A JGroups protocol that seals every message, headers included, with AES-256-GCM under
 * the cluster key, and drops every message that does not open.
 *
 * <p>It sits right above the transport so that discovery, failure-detection heartbeats,
 * merge and join messages are sealed too: a process without the key is not heard at all.
 * JGroups' own SYM_ENCRYPT is not used because it leaves headers in clear and unsigned and
 * would have to sit above discovery; GCM also authenticates, which its default AES mode
 * does not. The cluster name is bound in as associated data, so a message sealed for one
 * cluster does not open in another that shares the key.
 *
 * <p>Wire form of a sealed message's payload: a 12-byte random nonce, then the ciphertext
 * of the whole serialized message with its 16-byte tag. Random nonces stay safe for about
 * 2^32 messages per key. Thread-safe: a cipher is made per message.
 */
final class SealedMessages extends Protocol {

    private static final Logger LOG = Logger.getLogger(SealedMessages.class.getName());
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final byte[] associatedData;
    private final SecureRandom nonces = new SecureRandom();
    private final AtomicLong rejected = new AtomicLong();

    SealedMessages(ClusterKey key, String clusterName) {
        this.key = key.secretKey();
        this.associatedData = ("paceline-membership-1\0" + clusterName).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public Object down(Message message) {
        if (message.getSrc() == null) {
            message.setSrc(local_addr);
        }
        Message sealed;
        try {
            sealed = seal(message);
        } catch (Exception e) {
            LOG.log(Level.WARNING, "membership: cannot seal a message to " + message.getDest() + ": " + e);
            return null;
        }
        return down_prot.down(sealed);
    }

    @Override
    public Object up(Message message) {
        Message opened = open(message);
        return opened == null ? null : up_prot.up(opened);
    }

    @Override
    public void up(MessageBatch batch) {
        var opened = new MessageBatch(batch.dest(), batch.sender(), batch.clusterName(), batch.multicast(),
                batch.mode(), batch.size());
        for (Iterator<Message> it = batch.iterator(); it.hasNext(); ) {
            Message message = open(it.next());
            if (message != null) {
                opened.add(message);
            }
        }
        if (!opened.isEmpty()) {
            up_prot.up(opened);
        }
    }

    /** How many received messages did not open (wrong key, other cluster, tampered). */
    long rejected() {
        return rejected.get();
    }

    private Message seal(Message message) throws Exception {
        ByteArray plain = Util.messageToBuffer(message);
        byte[] nonce = new byte[NONCE_BYTES];
        nonces.nextBytes(nonce);
        Cipher cipher = Cipher.getInstance(TRANSFORMATION);
        cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(associatedData);
        byte[] payload = new byte[NONCE_BYTES + cipher.getOutputSize(plain.getLength())];
        System.arraycopy(nonce, 0, payload, 0, NONCE_BYTES);
        cipher.doFinal(plain.getArray(), plain.getOffset(), plain.getLength(), payload, NONCE_BYTES);
        // The outer message keeps the flags that choose the transport's delivery path (OOB, bundling).
        Message sealed = new BytesMessage(message.getDest(), payload)
                .setFlag(message.getFlags(), false)
                .setSrc(message.getSrc());
        if (message.isFlagSet(Message.TransientFlag.DONT_LOOPBACK)) {
            sealed.setFlag(Message.TransientFlag.DONT_LOOPBACK);
        }
        return sealed;
    }

    private Message open(Message sealed) {
        try {
            if (!sealed.hasArray() || sealed.getLength() < NONCE_BYTES + TAG_BITS / 8) {
                throw new GeneralSecurityException("too short to be sealed");
            }
            byte[] array = sealed.getArray();
            int offset = sealed.getOffset();
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, array, offset, NONCE_BYTES));
            cipher.updateAAD(associatedData);
            byte[] plain = cipher.doFinal(array, offset + NONCE_BYTES, sealed.getLength() - NONCE_BYTES);
            return Util.messageFromBuffer(plain, 0, plain.length);
        } catch (Exception e) {
            long count = rejected.incrementAndGet();
            // Rejections are counted, logged quietly: a stranger must not be able to flood the log.
            LOG.log(Level.FINE, () -> "membership: rejected message " + count + " from " + sealed.getSrc() + ": " + e);
            return null;
        }
    }
}
