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
