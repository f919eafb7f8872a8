namespace Erp.Tests.Web.Account;

public class TotpTests
{
    // RFC 6238 appendix B, SHA-1 key "12345678901234567890" (base32 below), truncated to 6 digits.
    [Theory]
    [InlineData(59, "287082")]
    [InlineData(1111111109, "081804")]
    [InlineData(2000000000, "279037")]
    public void Code_MatchesRfc6238Vectors(long unixSeconds, string expected) =>
        Assert.Equal(expected, Totp.Code("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", DateTimeOffset.FromUnixTimeSeconds(unixSeconds)));
}
