using System.Net;
using System.Net.Sockets;

namespace Archive.Tests.TestSupport;

/// <summary>Helpers for tests that start a server on loopback.</summary>
public static class Network
{
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Polls until the condition holds; connection refusals count as "not yet" for 30 s.</summary>
    public static async Task WaitUntil(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            try
            {
                if (await condition()) return;
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
            }
            if (DateTime.UtcNow > deadline) throw new TimeoutException("the server never got there");
            await Task.Delay(200);
        }
    }
}
