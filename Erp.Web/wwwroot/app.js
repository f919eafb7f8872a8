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
