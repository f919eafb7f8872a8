namespace Erp.Domain.Common;

/// <summary>An expected business failure: a stable code and a plain message for the user.</summary>
public sealed record Error(string Code, string Message)
{
    public static Error NotFound(string what) => new("common.not_found", $"{what} was not found.");

    public static Error Validation(string message) => new("common.validation", message);
}

public static class CommonErrors
{
    public static readonly Error DeleteReasonRequired = new("common.delete_reason_required", "Give a reason for the deletion.");
    public static readonly Error ChangedByAnotherUser = new(
        "common.concurrency",
        "Someone else changed this record while you were editing it. Your changes were not saved; reload to see the current values.");
    public static readonly Error Forbidden = new("common.forbidden", "You do not have permission to do this.");
}

/// <summary>Thrown for states the UI should have prevented; expected failures use <see cref="Result"/>.</summary>
public sealed class DomainException(Error error) : Exception(error.Message)
{
    public Error Error { get; } = error;
}
