using System.Runtime.InteropServices;
using Jixiao.Documents.Files;

namespace Jixiao.Cli;

/// <summary>
/// Ctrl+C (SIGINT), SIGTERM and a closed terminal (SIGHUP) end the run at once, but first remove every output file
/// still being written, so no half-written file is left and each previous file keeps its content.
/// </summary>
internal static class Interruption
{
    private static readonly List<PosixSignalRegistration> Registrations = [];

    public static void Register()
    {
        foreach (var signal in (PosixSignal[])[PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGHUP])
            Registrations.Add(PosixSignalRegistration.Create(signal, Stop));
    }

    private static void Stop(PosixSignalContext context)
    {
        AtomicFile.AbandonAll();
        Console.Error.WriteLine("\n已中断：未写完的输出文件已删除，原有文件保持不变。");
        // context.Cancel stays false: the runtime then ends the process as the signal asks.
    }
}
