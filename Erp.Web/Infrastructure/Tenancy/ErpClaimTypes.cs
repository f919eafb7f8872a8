namespace Erp.Web.Infrastructure.Tenancy;

public static class ErpClaimTypes
{
    public const string Tenant = "erp:tenant";
    public const string Organization = "erp:organization";
    public const string DisplayName = "erp:name";
    public const string PlatformOperator = "erp:operator";
    public const string Language = "erp:lang";
    public const string TimeZone = "erp:tz";

    /// <summary>When the user proved who they are (password, and 2FA when on); drives re-authentication.</summary>
    public const string AuthTime = "erp:auth_time";
}
