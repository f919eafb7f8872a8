// Small browser helpers used from Blazor.
window.erp = {
    // Starts a file download from a same-origin URL (cookies go along, so the endpoint checks the user).
    download: function (url) {
        const a = document.createElement('a');
        a.href = url;
        a.download = '';
        document.body.appendChild(a);
        a.click();
        a.remove();
    }
};

// Idle sign-out (IdleSignOut.razor). The last input time is shared by all tabs through localStorage, so working in
// one tab keeps the others signed in; while there is input, the session cookie is slid by a keep-alive request.
window.erp.idle = (function () {
    const key = 'erp.lastActivity';
    const pingEveryMs = 60000;
    let state = null;

    function lastActivity() {
        const shared = Number(localStorage.getItem(key)) || 0;
        return Math.max(shared, state ? state.last : 0);
    }

    function onActivity() {
        const now = Date.now();
        if (now - state.last < 2000) { return; }
        state.last = now;
        try { localStorage.setItem(key, String(now)); } catch { /* storage full or blocked: this tab still counts */ }
    }

    async function ping() {
        state.lastPing = Date.now();
        try {
            const response = await fetch('account/keep-alive', { credentials: 'same-origin', cache: 'no-store' });
            if (response.redirected || response.status === 401) {
                // The server already ended the session (absolute limit, password change): show the login page.
                location.href = 'Account/Login';
            }
        } catch { /* offline for a moment: the next tick tries again */ }
    }

    // The server's sliding cookie may already have run out (it slides only at requests); posting the logout form
    // then fails its antiforgery check, so ask first and go straight to the login page when the session is gone.
    async function signOut() {
        let signedIn = false;
        try {
            const response = await fetch('account/keep-alive', { credentials: 'same-origin', cache: 'no-store', redirect: 'manual' });
            signedIn = response.status === 204;
        } catch { /* unreachable server: treat as signed out */ }
        const form = document.getElementById('erp-idle-logout');
        if (signedIn && form) { form.submit(); } else { location.href = 'Account/Login?idle=true'; }
    }

    function tick() {
        const now = Date.now();
        const idle = now - lastActivity();
        if (idle >= state.idleMs) {
            stop();
            signOut();
            return;
        }
        const warn = idle >= state.idleMs - state.warnMs;
        if (warn !== state.warned) {
            state.warned = warn;
            state.dotnet.invokeMethodAsync('ShowWarning', warn);
        }
        if (lastActivity() > state.lastPing && now - state.lastPing >= pingEveryMs) {
            ping();
        }
    }

    const events = ['mousemove', 'mousedown', 'keydown', 'wheel', 'touchstart', 'scroll'];

    function start(dotnet, idleMs, warnMs) {
        stop();
        state = { dotnet, idleMs, warnMs, last: Date.now(), lastPing: Date.now(), warned: false };
        try { localStorage.setItem(key, String(state.last)); } catch { /* see onActivity */ }
        events.forEach(e => window.addEventListener(e, onActivity, { passive: true, capture: true }));
        state.timer = setInterval(tick, Math.min(5000, Math.max(500, warnMs / 4)));
    }

    function stop() {
        if (!state) { return; }
        clearInterval(state.timer);
        events.forEach(e => window.removeEventListener(e, onActivity, { capture: true }));
        state = null;
    }

    return { start, stop };
})();

// Profile picture: shrink the chosen image to 256×256 in the browser before it is posted (the server has no image
// library; it only accepts PNG/JPEG/WebP up to 256 KB and checks the bytes itself).
document.addEventListener('change', async function (event) {
    const input = event.target;
    if (!(input instanceof HTMLInputElement) || !input.hasAttribute('data-erp-avatar') || !input.files || !input.files[0]) {
        return;
    }
    try {
        const bitmap = await createImageBitmap(input.files[0]);
        const scale = Math.min(1, 256 / Math.max(bitmap.width, bitmap.height));
        const canvas = document.createElement('canvas');
        canvas.width = Math.max(1, Math.round(bitmap.width * scale));
        canvas.height = Math.max(1, Math.round(bitmap.height * scale));
        canvas.getContext('2d').drawImage(bitmap, 0, 0, canvas.width, canvas.height);
        const blob = await new Promise(resolve => canvas.toBlob(resolve, 'image/jpeg', 0.85));
        if (!blob) { return; }
        const files = new DataTransfer();
        files.items.add(new File([blob], 'avatar.jpg', { type: 'image/jpeg' }));
        input.files = files.files;
    } catch { /* not an image the browser can read: the server refuses it with a message */ }
});

// The till (Checkout.razor): keyboard shortcuts, the scan field that keeps focus, an error beep, one-click printing.
window.erp.till = (function () {
    const keys = ['F2', 'F4', 'F8', 'F9', 'F12', 'Escape'];
    let state = null;

    function onKey(event) {
        if (!state || !keys.includes(event.key)) { return; }
        event.preventDefault();
        state.dotnet.invokeMethodAsync('OnShortcut', event.key);
    }

    // A scanner types into whatever has focus: clicks on empty space give the focus back to the scan field.
    function onClick(event) {
        if (!state) { return; }
        const target = event.target;
        if (target instanceof Element && target.closest('input, textarea, select, [contenteditable], .mud-popover, .mud-dialog')) { return; }
        setTimeout(focusScan, 0);
    }

    // A scan ends with Enter: the code goes to the server in one call and the field is ready for the next scan at once.
    function onScanKey(event) {
        if (!state || event.key !== 'Enter' || event.target.id !== state.scanId) { return; }
        event.preventDefault();
        const code = event.target.value;
        event.target.value = '';
        if (code.trim().length > 0) { state.dotnet.invokeMethodAsync('OnScan', code); }
    }

    function focusScan() {
        const input = document.getElementById(state ? state.scanId : '');
        if (input && document.activeElement !== input) { input.focus(); input.select(); }
    }

    return {
        start: function (dotnet, scanId) {
            state = { dotnet: dotnet, scanId: scanId };
            document.addEventListener('keydown', onKey, true);
            document.addEventListener('keydown', onScanKey, true);
            document.addEventListener('click', onClick, true);
            focusScan();
        },
        stop: function () {
            document.removeEventListener('keydown', onKey, true);
            document.removeEventListener('keydown', onScanKey, true);
            document.removeEventListener('click', onClick, true);
            state = null;
        },
        focus: focusScan,
        beep: function () {
            try {
                const audio = new (window.AudioContext || window.webkitAudioContext)();
                const tone = audio.createOscillator();
                tone.frequency.value = 440;
                tone.connect(audio.destination);
                tone.start();
                tone.stop(audio.currentTime + 0.25);
            } catch { /* no audio device: the message on screen says it */ }
        },
        // Prints a PDF from the same origin in a hidden frame: one click, the browser's print dialog.
        print: function (url) {
            const frame = document.createElement('iframe');
            frame.style.position = 'fixed';
            frame.style.width = '0';
            frame.style.height = '0';
            frame.style.border = '0';
            frame.src = url;
            frame.onload = function () {
                try { frame.contentWindow.focus(); frame.contentWindow.print(); } catch { window.open(url, '_blank'); }
                setTimeout(function () { frame.remove(); }, 60000);
            };
            document.body.appendChild(frame);
        }
    };
})();
