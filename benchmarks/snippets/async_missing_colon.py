import asyncio


async def pause(seconds)
    await asyncio.sleep(seconds)
    return seconds
